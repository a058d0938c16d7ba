using MedPatch.Core.Devices;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Dashboard;

/// <summary>
/// Dashboard figures for an inventory of up to a million devices. Devices are only ever counted in SQL
/// (GROUP BY model and support bucket, GROUP BY facility); what comes back is at most three rows per model,
/// which are then rolled up by manufacturer, device type and support status next to the small model table.
/// </summary>
public sealed class DashboardQueries(MedPatchDbContext db, TimeProvider clock)
{
    public const int TopManufacturers = 10;

    public const string NoDeviceType = "Type not recorded";

    public async Task<DashboardFigures> GetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        // A device's own end of support overrides its model's (SupportLifecycle). Per model, count all devices and
        // those whose own date has passed or is still ahead; the rest follow the model. Grouping by model alone lets
        // the (model, end of support) index answer without touching the table, even at a million devices.
        var perModel = await db.Devices.AsNoTracking()
            .GroupBy(d => d.DeviceModelId)
            .Select(g => new
            {
                DeviceModelId = g.Key,
                Count = g.Count(),
                Passed = g.Count(d => d.EndOfSupport != null && d.EndOfSupport <= today),
                Ahead = g.Count(d => d.EndOfSupport != null && d.EndOfSupport > today),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var models = await db.DeviceModels.AsNoTracking()
            .Select(m => new { m.Id, m.ManufacturerId, m.DeviceType, m.EndOfSupport })
            .ToDictionaryAsync(m => m.Id, cancellationToken).ConfigureAwait(false);
        var manufacturers = await db.Manufacturers.AsNoTracking()
            .ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken).ConfigureAwait(false);
        var byFacility = await (
                from g in db.Devices.AsNoTracking().GroupBy(d => d.FacilityId).Select(g => new { g.Key, Count = g.Count() })
                join f in db.Facilities on g.Key equals f.Id
                select new { f.Name, g.Count })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var facilities = await db.Facilities.CountAsync(cancellationToken).ConfigureAwait(false);

        int supported = 0, ended = 0, unknown = 0;
        var byManufacturer = new Dictionary<Guid, int>();
        var byType = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in perModel)
        {
            var model = models[row.DeviceModelId];
            ended += row.Passed;
            supported += row.Ahead;
            var followModel = row.Count - row.Passed - row.Ahead;
            switch (SupportLifecycle.Status(null, model.EndOfSupport, today))
            {
                case SupportStatus.Supported: supported += followModel; break;
                case SupportStatus.EndOfSupport: ended += followModel; break;
                default: unknown += followModel; break;
            }

            byManufacturer[model.ManufacturerId] = byManufacturer.GetValueOrDefault(model.ManufacturerId) + row.Count;
            var type = string.IsNullOrWhiteSpace(model.DeviceType) ? NoDeviceType : model.DeviceType.Trim();
            byType[type] = byType.GetValueOrDefault(type) + row.Count;
        }

        return new DashboardFigures(
            supported + ended + unknown,
            facilities,
            manufacturers.Count,
            models.Count,
            Ordered(byFacility.Select(f => new DashboardCount(f.Name, f.Count))),
            TopWithRest(byManufacturer.Select(p => new DashboardCount(manufacturers[p.Key], p.Value)), TopManufacturers),
            Ordered(byType.Select(p => new DashboardCount(p.Key, p.Value))),
            supported,
            ended,
            unknown);
    }

    private static List<DashboardCount> Ordered(IEnumerable<DashboardCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The <paramref name="top"/> largest, then one "others" row for the rest, so a long tail stays one bar.</summary>
    private static List<DashboardCount> TopWithRest(IEnumerable<DashboardCount> counts, int top)
    {
        var ordered = Ordered(counts);
        if (ordered.Count <= top)
        {
            return ordered;
        }

        var rest = ordered.Skip(top).ToList();
        return [.. ordered.Take(top), new DashboardCount($"{rest.Count} other manufacturers", rest.Sum(c => c.Count), IsRest: true)];
    }
}
