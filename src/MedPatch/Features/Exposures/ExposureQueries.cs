using MedPatch.Core.Exposures;
using MedPatch.Core.Matching;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Exposures;

/// <summary>The stored exposures the caller's scope shows, most urgent first: by decision, then priority.</summary>
public sealed class ExposureQueries(MedPatchDbContext db)
{
    /// <summary>
    /// <see cref="ExposureFilter.Unmitigated"/> keeps affected or possible exposures nobody has closed, mitigated,
    /// accepted or fixed; an untriaged (open) one counts, since nobody has shown it harmless yet.
    /// </summary>
    public async Task<IReadOnlyList<ExposureListItem>> ListAsync(ExposureFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Exposures.AsNoTracking();
        if (filter.Decision is { } decision)
        {
            query = query.Where(e => e.Decision == decision);
        }

        if (filter.Cve is { } cve)
        {
            var upper = cve.Trim().ToUpperInvariant();
            query = query.Where(e => e.Cve == upper);
        }

        if (filter.Confidence is { } confidence)
        {
            query = query.Where(e => e.Confidence == confidence);
        }

        if (filter.Unmitigated)
        {
            query = query.Where(e => (e.State == ExposureState.Affected || e.State == ExposureState.Possible)
                && (e.Status == ExposureStatus.Open || e.Status == ExposureStatus.Confirmed || e.Status == ExposureStatus.AwaitingVendor
                    || e.Status == ExposureStatus.PatchAvailable || e.Status == ExposureStatus.Scheduled || e.Status == ExposureStatus.Installed));
        }

        var rows = query
            .Join(db.Devices, e => e.DeviceId, d => d.Id, (e, d) => new { e, d })
            .Join(db.Facilities, x => x.d.FacilityId, f => f.Id, (x, f) => new { x.e, x.d, Facility = f.Name })
            .Join(db.DeviceModels, x => x.d.DeviceModelId, m => m.Id, (x, m) => new { x.e, x.d, x.Facility, Model = m.Name, m.ManufacturerId })
            .Join(db.Manufacturers, x => x.ManufacturerId, m => m.Id, (x, m) => new { x.e, x.d, x.Facility, x.Model, Manufacturer = m.Name });
        if (filter.AssetTag is { } tag)
        {
            rows = rows.Where(x => x.d.AssetTag == tag);
        }

        var page = await rows
            .OrderByDescending(x => x.e.RankKey).ThenBy(x => x.d.AssetTag).ThenBy(x => x.e.Cve).ThenBy(x => x.e.Id)
            .Take(limit)
            .Select(x => new
            {
                x.d.AssetTag,
                x.Facility,
                x.Manufacturer,
                x.Model,
                x.d.SoftwareVersion,
                x.e.Cve,
                x.e.AdvisoryTrackingId,
                x.e.AdvisoryRevision,
                x.e.Confidence,
                x.e.Rule,
                x.e.Reason,
                x.e.Decision,
                x.e.Priority,
                x.e.DecisionRule,
                x.e.State,
                x.e.PatchAvailable,
                x.e.FixedVersion,
                x.e.Status,
                x.e.FirstSeen,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. page.Select(x => new ExposureListItem(
            x.AssetTag, x.Facility, x.Manufacturer, x.Model, x.SoftwareVersion, x.Cve, x.AdvisoryTrackingId, x.AdvisoryRevision,
            ExposureLabels.Of(x.Confidence), ExposureLabels.Of(x.Rule), x.Reason, ExposureLabels.Of(x.Decision), x.Priority, x.DecisionRule,
            ExposureLabels.Of(x.State), x.PatchAvailable, x.FixedVersion, ExposureLabels.Of(x.Status), x.FirstSeen))];
    }
}
