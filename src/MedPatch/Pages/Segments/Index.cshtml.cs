using MedPatch.Core.Security;
using MedPatch.Features.Segments;
using MedPatch.Features.Users;
using MedPatch.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Pages.Segments;

/// <summary>
/// The network segments with a form per row that sets the System Exposure through <see cref="SetSegmentExposure"/>,
/// the use case behind <c>PUT /api/v1/segments/{id}/exposure</c>.
/// </summary>
public sealed class IndexModel(SegmentQueries queries, SetSegmentExposure set) : FormPageModel
{
    public IReadOnlyList<SegmentListItem> Items { get; private set; } = [];

    [BindProperty(Name = "segment_id")]
    public Guid? SegmentId { get; set; }

    [BindProperty(Name = "exposure")]
    public string? Exposure { get; set; }

    /// <summary>Readers see the assessments; only those who may change them get the forms.</summary>
    public bool CanWrite => UserClaims.Has(User, Permission.InventoryWrite);

    /// <summary>Each row has its own select, so its id and its error carry the segment's id.</summary>
    public static string FieldId(Guid segmentId) => "exposure-" + segmentId.ToString("N");

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await queries.ListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (SegmentId is not { } id)
        {
            return NotFound();
        }

        var outcome = await set.ExecuteAsync(id, Exposure, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case SetSegmentExposureOutcome.SegmentExposureChanged changed:
                SetStatus($"Saved: {changed.Segment.Name} has System Exposure {SegmentExposureValues.Name(changed.Segment.Exposure)}.");
                return RedirectToPage();
            case SetSegmentExposureOutcome.Invalid invalid:
                Errors = invalid.Errors.ToDictionary(e => FieldId(id), e => e.Value, StringComparer.Ordinal);
                Items = await queries.ListAsync(cancellationToken).ConfigureAwait(false);
                return Page();
            default:
                return NotFound();
        }
    }
}
