using MedPatch.Data;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Segments;

/// <summary>
/// A person's assessment of a segment's SSVC System Exposure. The command line, the API and the segments page all
/// call this; the save goes through the context, so the audit trail records who changed it from what to what.
/// </summary>
public sealed class SetSegmentExposure(MedPatchDbContext db, SegmentQueries queries, ExposureUpdates exposures)
{
    public const string Field = "exposure";

    public async Task<SetSegmentExposureOutcome> ExecuteAsync(Guid id, string? exposure, CancellationToken cancellationToken)
    {
        var segment = await db.NetworkSegments.FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (segment is null)
        {
            return new SetSegmentExposureOutcome.NotFound();
        }

        if (!SegmentExposureValues.TryParse(exposure, out var value))
        {
            return new SetSegmentExposureOutcome.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [Field] = [$"must be one of {SegmentExposureValues.Names}"],
            });
        }

        var previous = segment.Exposure;
        segment.Exposure = value;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (previous != value)
        {
            // System Exposure of every device on the segment changed: their decisions may too.
            await exposures.RerankAsync(new RerankScope.Segment(id), cancellationToken).ConfigureAwait(false);
        }

        var item = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"network segment {id} disappeared while its exposure was set");
        return new SetSegmentExposureOutcome.SegmentExposureChanged(item, previous);
    }
}
