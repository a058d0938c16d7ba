using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Manufacturers;

public sealed class ManufacturerQueries(MedPatchDbContext db)
{
    public async Task<IReadOnlyList<ManufacturerListItem>> ListAsync(CancellationToken cancellationToken) =>
        await ProjectAsync(null, cancellationToken).ConfigureAwait(false);

    public async Task<ManufacturerListItem?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ProjectAsync(id, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>Just the names, in order, for filter choices.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken) =>
        await db.Manufacturers.AsNoTracking().OrderBy(m => m.Name).Select(m => m.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<ManufacturerListItem>> ProjectAsync(Guid? id, CancellationToken cancellationToken)
    {
        var query = db.Manufacturers.AsNoTracking().Include(m => m.Aliases).Include(m => m.Channels).AsSplitQuery();
        if (id is { } only)
        {
            query = query.Where(m => m.Id == only);
        }

        var manufacturers = await query.OrderBy(m => m.Name).ToListAsync(cancellationToken).ConfigureAwait(false);

        // One manufacturer's page must not count the devices of all 800.
        var models = db.DeviceModels.AsNoTracking();
        if (id is { } counted)
        {
            models = models.Where(m => m.ManufacturerId == counted);
        }

        var modelCounts = await models.GroupBy(m => m.ManufacturerId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        var deviceCounts = await (
                from d in db.Devices.AsNoTracking()
                join m in models on d.DeviceModelId equals m.Id
                group d by m.ManufacturerId into g
                select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        return manufacturers.Select(m => new ManufacturerListItem(
            m.Id, m.Name, m.PsirtContact, m.Website,
            m.Aliases.Select(a => a.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            m.Channels.Select(c => new ChannelItem(c.Id, c.Kind, c.Address, c.Notes)).ToList(),
            modelCounts.GetValueOrDefault(m.Id), deviceCounts.GetValueOrDefault(m.Id))).ToList();
    }
}
