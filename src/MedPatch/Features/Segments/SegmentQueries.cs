using MedPatch.Core.Organizations;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Segments;

/// <summary>Reads network segments; the context's query filters keep a caller to its own organization and facilities.</summary>
public sealed class SegmentQueries(MedPatchDbContext db)
{
    /// <summary>By organization, then VLAN (segments without one last), then name.</summary>
    public Task<IReadOnlyList<SegmentListItem>> ListAsync(CancellationToken cancellationToken) =>
        ProjectAsync(db.NetworkSegments.AsNoTracking(), cancellationToken);

    public async Task<SegmentListItem?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ProjectAsync(db.NetworkSegments.AsNoTracking().Where(s => s.Id == id), cancellationToken).ConfigureAwait(false))
        .FirstOrDefault();

    /// <summary>
    /// Segments with this name, ignoring case as device imports do, in every organization the caller sees;
    /// an exact spelling wins over others that differ only in case.
    /// </summary>
    public async Task<IReadOnlyList<SegmentListItem>> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var lowered = trimmed.ToLowerInvariant();
        var matches = await ProjectAsync(db.NetworkSegments.AsNoTracking().Where(s => s.Name.ToLower() == lowered), cancellationToken).ConfigureAwait(false);
        return matches
            .GroupBy(s => s.OrganizationId)
            .SelectMany(g => g.Any(s => s.Name == trimmed) ? g.Where(s => s.Name == trimmed) : g)
            .ToList();
    }

    private async Task<IReadOnlyList<SegmentListItem>> ProjectAsync(IQueryable<NetworkSegment> segments, CancellationToken cancellationToken)
    {
        var rows = await (
                from s in segments
                join o in db.Organizations on s.OrganizationId equals o.Id
                orderby o.Name, s.VlanId == null, s.VlanId, s.Name
                select new { Segment = s, Organization = o.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.Segment.Id).ToList();

        // Through the facility join, so a user limited to some hospitals counts only the devices they may see.
        var usage = await (
                from d in db.Devices
                where d.NetworkSegmentId != null && ids.Contains(d.NetworkSegmentId.Value)
                join f in db.Facilities on d.FacilityId equals f.Id
                group d by new { SegmentId = d.NetworkSegmentId!.Value, Facility = f.Name } into g
                select new { g.Key.SegmentId, g.Key.Facility, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var bySegment = usage.ToLookup(u => u.SegmentId);
        return rows.Select(r => new SegmentListItem(
            r.Segment.Id, r.Segment.OrganizationId, r.Organization, r.Segment.Name, r.Segment.VlanId, r.Segment.Cidr, r.Segment.Exposure,
            bySegment[r.Segment.Id].Sum(u => u.Count),
            bySegment[r.Segment.Id].Select(u => u.Facility).Order(StringComparer.Ordinal).ToList())).ToList();
    }
}
