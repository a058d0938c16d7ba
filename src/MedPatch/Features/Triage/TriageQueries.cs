using MedPatch.Core.Devices;
using MedPatch.Core.Exposures;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Matching;
using MedPatch.Data;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;
using Exposure = MedPatch.Core.Exposures.Exposure;

namespace MedPatch.Features.Triage;

/// <summary>
/// The triage queue: stored exposures nobody has decided on yet (status open) that say the device is or may be
/// affected with low or medium confidence. High-confidence matches count as confirmed by their rule and are not
/// queued. Most urgent first (decision, then priority), then by asset tag. The context's query filters keep a caller
/// to the exposures of its own organization and facilities.
/// </summary>
public sealed class TriageQueries(MedPatchDbContext db)
{
    public async Task<IReadOnlyList<TriageItem>> ListAsync(TriageFilter filter, int limit, CancellationToken cancellationToken)
    {
        var rows = await QueueAsync(filter, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(Ordered(rows).Take(limit), cancellationToken).ConfigureAwait(false);
    }

    public async Task<TriagePage> PageAsync(TriageFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await QueueAsync(filter, cancellationToken).ConfigureAwait(false);
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await ReadAsync(Ordered(rows).Skip((page - 1) * pageSize).Take(pageSize), cancellationToken).ConfigureAwait(false);
        return new TriagePage(items, total, page, pageSize);
    }

    /// <summary>These exposures as they are now, queued or not, in the order of <paramref name="ids"/>; ids the caller cannot see are left out.</summary>
    public async Task<IReadOnlyList<TriageItem>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        var items = await ReadAsync(Joined(db.Exposures.AsNoTracking().Where(e => wanted.Contains(e.Id))), cancellationToken).ConfigureAwait(false);
        var byId = items.ToDictionary(i => i.Id);
        return [.. wanted.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <summary>
    /// The exposure of one device (by asset tag) to one vulnerability, for callers who name it that way. Asset tags are
    /// unique per organization, so a caller who sees several organizations may get more than one.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> FindAsync(string assetTag, string cve, CancellationToken cancellationToken)
    {
        var tag = assetTag.Trim();
        var id = cve.Trim().ToUpperInvariant();
        return await db.Exposures.AsNoTracking()
            .Where(e => e.Cve == id)
            .Join(db.Devices.Where(d => d.AssetTag == tag), e => e.DeviceId, d => d.Id, (e, d) => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IQueryable<Row>> QueueAsync(TriageFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Exposures.AsNoTracking().Where(e =>
            e.Status == ExposureStatus.Open
            && (e.State == ExposureState.Affected || e.State == ExposureState.Possible)
            && (e.Confidence == MatchConfidence.Low || e.Confidence == MatchConfidence.Medium));
        if (filter.Confidence is { } confidence)
        {
            query = query.Where(e => e.Confidence == confidence);
        }

        if (filter.Cve is { } cve && !string.IsNullOrWhiteSpace(cve))
        {
            var upper = cve.Trim().ToUpperInvariant();
            query = query.Where(e => e.Cve == upper);
        }

        if (filter.Facility is { } facility && !string.IsNullOrWhiteSpace(facility))
        {
            var ids = await FacilityIdsAsync(facility.Trim(), cancellationToken).ConfigureAwait(false);
            query = query.Where(e => ids.Contains(e.FacilityId));
        }

        var rows = Joined(query);
        if (filter.Manufacturer is { } manufacturer && !string.IsNullOrWhiteSpace(manufacturer))
        {
            var manufacturerId = await ManufacturerIdAsync(manufacturer, cancellationToken).ConfigureAwait(false);
            rows = rows.Where(x => x.ManufacturerId == manufacturerId);
        }

        return rows;
    }

    private async Task<List<Guid>> FacilityIdsAsync(string facility, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(facility, out var id))
        {
            return [id];
        }

        var lowered = facility.ToLowerInvariant();
        return await db.Facilities.AsNoTracking().Where(f => f.Name.ToLower() == lowered).Select(f => f.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>By normalised name, then alias, as device filters resolve it; null (no match) when unknown.</summary>
    private async Task<Guid?> ManufacturerIdAsync(string name, CancellationToken cancellationToken)
    {
        var key = ManufacturerName.Normalize(name);
        return await db.Manufacturers.AsNoTracking().Where(m => m.NormalizedName == key).Select(m => (Guid?)m.Id)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? await db.ManufacturerAliases.AsNoTracking().Where(a => a.NormalizedName == key).Select(a => (Guid?)a.ManufacturerId)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private IQueryable<Row> Joined(IQueryable<Exposure> exposures) =>
        exposures
            .Join(db.Devices, e => e.DeviceId, d => d.Id, (e, d) => new { e, d })
            .Join(db.Facilities, x => x.d.FacilityId, f => f.Id, (x, f) => new { x.e, x.d, Facility = f.Name })
            .Join(db.DeviceModels, x => x.d.DeviceModelId, m => m.Id, (x, m) => new { x.e, x.d, x.Facility, Model = m.Name, m.ManufacturerId })
            .Join(db.Manufacturers, x => x.ManufacturerId, m => m.Id, (x, m) => new Row
            {
                Exposure = x.e,
                Device = x.d,
                Facility = x.Facility,
                Model = x.Model,
                ManufacturerId = m.Id,
                Manufacturer = m.Name,
            });

    private static IQueryable<Row> Ordered(IQueryable<Row> rows) =>
        rows.OrderByDescending(x => x.Exposure.RankKey).ThenBy(x => x.Device.AssetTag).ThenBy(x => x.Exposure.Cve).ThenBy(x => x.Exposure.Id);

    private static async Task<List<TriageItem>> ReadAsync(IQueryable<Row> rows, CancellationToken cancellationToken)
    {
        var page = await rows
            .Select(x => new
            {
                x.Exposure.Id,
                x.Exposure.DeviceId,
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
                x.Exposure.TriageReason,
                x.Exposure.TriagedBy,
                x.Exposure.TriagedAt,
                x.Exposure.FirstSeen,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. page.Select(x => new TriageItem(
            x.Id, x.DeviceId, x.AssetTag, x.Facility, x.Manufacturer, x.Model, x.SoftwareVersion, x.Cve, x.AdvisoryTrackingId, x.AdvisoryRevision,
            ExposureLabels.Of(x.Confidence), ExposureLabels.Of(x.Rule), x.Reason, ExposureLabels.Of(x.Decision), x.Priority, x.DecisionRule,
            ExposureLabels.Of(x.State), x.PatchAvailable, x.FixedVersion, ExposureLabels.Of(x.Status), x.TriageReason, x.TriagedBy,
            x.TriagedAt, x.FirstSeen))];
    }

    /// <summary>The joined row the filters and the ordering work on; init members, since EF composes over member inits, not constructors.</summary>
    private sealed class Row
    {
        public required Exposure Exposure { get; init; }

        public required Device Device { get; init; }

        public required string Facility { get; init; }

        public required string Model { get; init; }

        public required Guid ManufacturerId { get; init; }

        public required string Manufacturer { get; init; }
    }
}
