using MedPatch.Core.Devices;
using MedPatch.Data;
using MedPatch.Features.Devices;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Models;

public sealed class ModelQueries(MedPatchDbContext db, DeviceQueries devices, TimeProvider clock)
{
    public Task<IReadOnlyList<ModelListItem>> ListAsync(string? manufacturer, CancellationToken cancellationToken) =>
        ListAsync(manufacturer, null, cancellationToken);

    /// <summary>Models of a manufacturer (any alias) and of a device type (ignoring case); null means any.</summary>
    public async Task<IReadOnlyList<ModelListItem>> ListAsync(string? manufacturer, string? deviceType, CancellationToken cancellationToken)
    {
        var models = db.DeviceModels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(deviceType))
        {
            var lowered = deviceType.Trim().ToLowerInvariant();
            models = models.Where(m => m.DeviceType != null && m.DeviceType.ToLower() == lowered);
        }

        if (!string.IsNullOrWhiteSpace(manufacturer))
        {
            var id = await devices.ResolveManufacturerAsync(manufacturer, cancellationToken).ConfigureAwait(false);
            models = id is { } mid ? models.Where(m => m.ManufacturerId == mid) : models.Where(m => false);
        }

        return await ProjectAsync(models, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ModelListItem?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ProjectAsync(db.DeviceModels.AsNoTracking().Where(m => m.Id == id), cancellationToken).ConfigureAwait(false))
        .FirstOrDefault();

    /// <summary>The device types in use, for filter choices.</summary>
    public async Task<IReadOnlyList<string>> DeviceTypesAsync(CancellationToken cancellationToken) =>
        await db.DeviceModels.AsNoTracking().Where(m => m.DeviceType != null).Select(m => m.DeviceType!)
            .Distinct().OrderBy(t => t).ToListAsync(cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<ModelListItem>> ProjectAsync(IQueryable<DeviceModel> models, CancellationToken cancellationToken)
    {
        var rows = await (
                from m in models
                join mf in db.Manufacturers on m.ManufacturerId equals mf.Id
                orderby mf.Name, m.Name
                select new { Model = m, Manufacturer = mf.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.Model.Id).ToList();
        var counts = await db.Devices.AsNoTracking()
            .Where(d => ids.Contains(d.DeviceModelId))
            .GroupBy(d => d.DeviceModelId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return rows.Select(r => new ModelListItem(
            r.Model.Id, r.Model.ManufacturerId, r.Manufacturer, r.Model.Name, r.Model.ModelNumbers, r.Model.DeviceType,
            r.Model.ClinicalFunction, r.Model.EndOfSale, r.Model.EndOfSupport,
            SupportLifecycle.Status(null, r.Model.EndOfSupport, today),
            r.Model.PatchPolicy.RemotePushPossible, r.Model.PatchPolicy.CustomerMayInstall, r.Model.PatchPolicy.ManufacturerMustInstall,
            r.Model.TypicalInstallMinutes, counts.GetValueOrDefault(r.Model.Id))).ToList();
    }
}
