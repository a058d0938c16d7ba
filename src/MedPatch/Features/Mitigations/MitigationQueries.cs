using System.Globalization;
using MedPatch.Core.Mitigations;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Mitigations;

/// <summary>
/// Reads mitigations. The context filters them by organization; a user limited to some facilities sees those with
/// at least one device in them, and only those devices, so a list never names a device the user may not see.
/// </summary>
public sealed class MitigationQueries(MedPatchDbContext db, TimeProvider clock)
{
    /// <summary>Active ones first, then the newest.</summary>
    public async Task<IReadOnlyList<MitigationListItem>> ListAsync(MitigationFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Visible();
        if (!string.IsNullOrWhiteSpace(filter.Device))
        {
            var device = filter.Device.Trim();
            var byId = Guid.TryParse(device, CultureInfo.InvariantCulture, out var id);
            query = query.Where(m => db.MitigationDevices.Any(md => md.MitigationId == m.Id
                && db.Devices.Any(d => d.Id == md.DeviceId && (d.AssetTag == device || (byId && d.Id == id)))));
        }

        if (!string.IsNullOrWhiteSpace(filter.Cve))
        {
            var cve = filter.Cve.Trim().ToUpperInvariant();
            query = query.Where(m => m.Cve == null || m.Cve == cve);
        }

        if (filter.Active is { } active)
        {
            query = query.Where(m => m.Active == active);
        }

        return await ProjectAsync(query.OrderByDescending(m => m.Active).ThenByDescending(m => m.CreatedAt).ThenBy(m => m.Id), cancellationToken).ConfigureAwait(false);
    }

    public async Task<MitigationListItem?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ProjectAsync(Visible().Where(m => m.Id == id), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    private IQueryable<Mitigation> Visible() =>
        db.Mitigations.AsNoTracking().Where(m => db.MitigationDevices.Any(md => md.MitigationId == m.Id && db.Devices.Any(d => d.Id == md.DeviceId)));

    private async Task<IReadOnlyList<MitigationListItem>> ProjectAsync(IQueryable<Mitigation> query, CancellationToken cancellationToken)
    {
        var rows = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(m => m.Id).ToList();
        var devices = await (
                from md in db.MitigationDevices
                where ids.Contains(md.MitigationId)
                join d in db.Devices on md.DeviceId equals d.Id
                join f in db.Facilities on d.FacilityId equals f.Id
                select new { md.MitigationId, d.Id, d.AssetTag, Facility = f.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byMitigation = devices.ToLookup(d => d.MitigationId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return rows.Select(m => new MitigationListItem(
            m.Id,
            m.OrganizationId,
            m.Kind,
            m.Effect,
            m.Description,
            m.Cve,
            byMitigation[m.Id].OrderBy(d => d.AssetTag, StringComparer.Ordinal).ThenBy(d => d.Facility, StringComparer.Ordinal)
                .Select(d => new MitigationDeviceItem(d.Id, d.AssetTag, d.Facility)).ToList(),
            m.VerifiedBy,
            m.VerifiedAt,
            m.ReviewBy,
            m.Active && m.ReviewBy is { } review && review < today,
            m.Active,
            m.CountsOn(today),
            m.CreatedBy,
            m.CreatedAt)).ToList();
    }
}
