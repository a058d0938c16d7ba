using MedPatch.Core.Devices;
using MedPatch.Core.Exposures;
using MedPatch.Core.Matching;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Exposures;

/// <summary>The stored exposures the caller's scope shows, most urgent first: by decision, then priority.</summary>
public sealed partial class ExposureQueries(MedPatchDbContext db)
{
    /// <summary>
    /// <see cref="ExposureFilter.Unmitigated"/> keeps affected or possible exposures nobody has closed, mitigated,
    /// accepted or fixed; an untriaged (open) one counts, since nobody has shown it harmless yet.
    /// </summary>
    public async Task<IReadOnlyList<ExposureListItem>> ListAsync(ExposureFilter filter, int limit, CancellationToken cancellationToken) =>
        await ReadAsync(Ordered(Rows(filter)).Take(limit), cancellationToken).ConfigureAwait(false);

    /// <summary>One page of the listing and how many the filter finds in all; the API's entry to the same use case.</summary>
    public async Task<ExposurePage> PageAsync(ExposureFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = Rows(filter);
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await ReadAsync(Ordered(rows).Skip((page - 1) * pageSize).Take(pageSize), cancellationToken).ConfigureAwait(false);
        return new ExposurePage(items, total, page, pageSize);
    }

    private static IQueryable<Row> Ordered(IQueryable<Row> rows) =>
        rows.OrderByDescending(x => x.Exposure.RankKey).ThenBy(x => x.Device.AssetTag).ThenBy(x => x.Exposure.Cve).ThenBy(x => x.Exposure.Id);

    private IQueryable<Row> Rows(ExposureFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Exposures.AsNoTracking();
        if (filter.Decision is { } decision)
        {
            query = query.Where(e => e.Decision == decision);
        }

        if (filter.Unranked)
        {
            query = query.Where(e => e.Decision == null);
        }

        if (filter.State is { } state)
        {
            query = query.Where(e => e.State == state);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (filter.FacilityId is { } facilityId)
        {
            query = query.Where(e => e.FacilityId == facilityId);
        }

        if (filter.FacilityIds is { } facilityIds)
        {
            var list = facilityIds.ToList();
            query = query.Where(e => list.Contains(e.FacilityId));
        }

        if (filter.Ids is { } ids)
        {
            var list = ids.ToList();
            query = query.Where(e => list.Contains(e.Id));
        }

        if (filter.AwaitingTriage)
        {
            // High-confidence matches count as confirmed by their rule; only the uncertain ones wait for a person.
            query = query.Where(e => e.Status == ExposureStatus.Open
                && (e.State == ExposureState.Affected || e.State == ExposureState.Possible)
                && (e.Confidence == MatchConfidence.Low || e.Confidence == MatchConfidence.Medium));
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

        if (filter.DeviceId is { } deviceId)
        {
            query = query.Where(e => e.DeviceId == deviceId);
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
            .Join(db.DeviceModels, x => x.d.DeviceModelId, m => m.Id, (x, m) => new { x.e, x.d, x.Facility, Model = m.Name, m.ManufacturerId, ModelEndOfSupport = m.EndOfSupport })
            .Join(db.Manufacturers, x => x.ManufacturerId, m => m.Id, (x, m) => new Row
            {
                Exposure = x.e,
                Device = x.d,
                Facility = x.Facility,
                Model = x.Model,
                ManufacturerId = x.ManufacturerId,
                ModelEndOfSupport = x.ModelEndOfSupport,
                Manufacturer = m.Name,
            });
        if (filter.AssetTag is { } tag)
        {
            rows = rows.Where(x => x.Device.AssetTag == tag);
        }

        if (filter.ModelId is { } modelId)
        {
            rows = rows.Where(x => x.Device.DeviceModelId == modelId);
        }

        if (filter.ManufacturerId is { } manufacturerId)
        {
            rows = rows.Where(x => x.ManufacturerId == manufacturerId);
        }

        if (filter.EndOfSupportOn is { } day)
        {
            // SupportLifecycle's rule as a condition: the device's own date wins over its model's.
            rows = rows.Where(x => x.Device.EndOfSupport <= day || (x.Device.EndOfSupport == null && x.ModelEndOfSupport <= day));
        }

        return rows;
    }

    private static async Task<List<ExposureListItem>> ReadAsync(IQueryable<Row> rows, CancellationToken cancellationToken) =>
        [.. (await ReadViewsAsync(rows, cancellationToken).ConfigureAwait(false)).Select(v => v.Item)];

    /// <summary>The listing's projection with the ids pages link by; the API items are its <see cref="ExposureView.Item"/>.</summary>
    private static async Task<List<ExposureView>> ReadViewsAsync(IQueryable<Row> rows, CancellationToken cancellationToken)
    {
        var page = await rows
            .Select(x => new
            {
                x.Exposure.Id,
                DeviceId = x.Device.Id,
                x.Device.DeviceModelId,
                x.Exposure.TriageReason,
                x.Exposure.TriagedBy,
                x.Exposure.TriagedAt,
                x.Device.AssetTag,
                x.Facility,
                x.Manufacturer,
                x.Model,
                x.Device.SoftwareVersion,
                x.Exposure.Cve,
                x.Exposure.AdvisoryTrackingId,
                x.Exposure.AdvisoryRevision,
                x.Exposure.Confidence,
                x.Exposure.Rule,
                x.Exposure.Reason,
                x.Exposure.Decision,
                x.Exposure.Priority,
                x.Exposure.DecisionRule,
                x.Exposure.State,
                x.Exposure.PatchAvailable,
                x.Exposure.FixedVersion,
                x.Exposure.Status,
                x.Exposure.FirstSeen,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. page.Select(x => new ExposureView(
            x.Id,
            x.DeviceId,
            x.DeviceModelId,
            new ExposureListItem(
                x.AssetTag, x.Facility, x.Manufacturer, x.Model, x.SoftwareVersion, x.Cve, x.AdvisoryTrackingId, x.AdvisoryRevision,
                ExposureLabels.Of(x.Confidence), ExposureLabels.Of(x.Rule), x.Reason, ExposureLabels.Of(x.Decision), x.Priority, x.DecisionRule,
                ExposureLabels.Of(x.State), x.PatchAvailable, x.FixedVersion, ExposureLabels.Of(x.Status), x.FirstSeen),
            x.TriageReason,
            x.TriagedBy,
            x.TriagedAt))];
    }

    /// <summary>The joined row the filters and the ordering work on; init members, since EF composes over member inits, not constructors.</summary>
    private sealed class Row
    {
        public required Core.Exposures.Exposure Exposure { get; init; }

        public required Device Device { get; init; }

        public required string Facility { get; init; }

        public required string Model { get; init; }

        public required string Manufacturer { get; init; }

        public required Guid ManufacturerId { get; init; }

        public required DateOnly? ModelEndOfSupport { get; init; }
    }
}
