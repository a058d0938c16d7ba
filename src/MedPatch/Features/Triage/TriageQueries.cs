using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Triage;

/// <summary>
/// The triage queue: the exposure listing (<see cref="ExposureQueries"/>, same rows and order) narrowed to
/// <see cref="ExposureFilter.AwaitingTriage"/>, with facilities and manufacturers named the way people name them.
/// The context's query filters keep a caller to the exposures of its own organization and facilities.
/// </summary>
public sealed class TriageQueries(MedPatchDbContext db, ExposureQueries exposures)
{
    public async Task<IReadOnlyList<TriageItem>> ListAsync(TriageFilter filter, int limit, CancellationToken cancellationToken)
    {
        var views = await exposures.ViewAsync(await QueueAsync(filter, cancellationToken).ConfigureAwait(false), limit, cancellationToken).ConfigureAwait(false);
        return [.. views.Select(TriageItem.From)];
    }

    public async Task<TriagePage> PageAsync(TriageFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var views = await exposures.ViewPageAsync(await QueueAsync(filter, cancellationToken).ConfigureAwait(false), page, pageSize, cancellationToken).ConfigureAwait(false);
        return new TriagePage([.. views.Items.Select(TriageItem.From)], views.Total, views.Page, views.PageSize);
    }

    /// <summary>These exposures as they are now, queued or not, in the order of <paramref name="ids"/>; ids the caller cannot see are left out.</summary>
    public async Task<IReadOnlyList<TriageItem>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var views = await exposures.ViewAsync(new ExposureFilter(Ids: wanted), wanted.Count, cancellationToken).ConfigureAwait(false);
        var byId = views.ToDictionary(v => v.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id => TriageItem.From(byId[id]))];
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

    private async Task<ExposureFilter> QueueAsync(TriageFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var facilities = string.IsNullOrWhiteSpace(filter.Facility) ? null : await FacilityIdsAsync(filter.Facility.Trim(), cancellationToken).ConfigureAwait(false);

        // An unknown manufacturer matches nothing rather than everything.
        var manufacturer = string.IsNullOrWhiteSpace(filter.Manufacturer) ? (Guid?)null
            : await ManufacturerIdAsync(filter.Manufacturer, cancellationToken).ConfigureAwait(false) ?? Guid.Empty;
        return new ExposureFilter(
            Cve: string.IsNullOrWhiteSpace(filter.Cve) ? null : filter.Cve,
            Confidence: filter.Confidence,
            ManufacturerId: manufacturer,
            AwaitingTriage: true,
            FacilityIds: facilities);
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

    /// <summary>By normalised name, then alias, as device filters resolve it; null when unknown.</summary>
    private async Task<Guid?> ManufacturerIdAsync(string name, CancellationToken cancellationToken)
    {
        var key = ManufacturerName.Normalize(name);
        return await db.Manufacturers.AsNoTracking().Where(m => m.NormalizedName == key).Select(m => (Guid?)m.Id)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? await db.ManufacturerAliases.AsNoTracking().Where(a => a.NormalizedName == key).Select(a => (Guid?)a.ManufacturerId)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
