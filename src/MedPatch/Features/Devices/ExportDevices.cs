using MedPatch.Core.Inventory;
using MedPatch.Core.Organizations;
using MedPatch.Data;
using MedPatch.Features.Devices.Export;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Devices;

/// <summary>
/// Writes the device inventory as CSV or XLSX with the canonical import columns, so an export re-imports with
/// zero changes. Rows come from <see cref="DeviceQueries.StreamAsync"/>; the device-level fields the listing
/// folds together (location parts, the device's own end of support) are read per batch from a second context.
/// </summary>
public sealed class ExportDevices(DeviceQueries queries, DatabaseSettings settings)
{
    private const int BatchSize = 2000;

    public async Task<int> WriteAsync(ExportFormat format, string path, DeviceFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var details = DatabaseSetup.CreateContext(settings);
        var locations = await details.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, cancellationToken).ConfigureAwait(false);
        var modelNumbers = (await details.DeviceModels.AsNoTracking().Select(m => new { m.Id, m.ModelNumbers }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(m => m.Id, m => m.ModelNumbers.FirstOrDefault());

        using IDeviceRowWriter writer = format == ExportFormat.Xlsx ? new XlsxRowWriter(path) : new CsvRowWriter(path);
        writer.WriteRow(DeviceColumns.All.Select(DeviceColumns.Name).ToList());
        var count = 0;
        var batch = new List<DeviceListItem>(BatchSize);
        await foreach (var item in queries.StreamAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(item);
            if (batch.Count == BatchSize)
            {
                count += await WriteBatchAsync(details, writer, batch, locations, modelNumbers, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        count += await WriteBatchAsync(details, writer, batch, locations, modelNumbers, cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static async Task<int> WriteBatchAsync(
        MedPatchDbContext details,
        IDeviceRowWriter writer,
        List<DeviceListItem> batch,
        Dictionary<Guid, Location> locations,
        Dictionary<Guid, string?> modelNumbers,
        CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var ids = batch.Select(b => b.Id).ToList();
        var own = await details.Devices.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.LocationId, d.EndOfSupport })
            .ToDictionaryAsync(d => d.Id, cancellationToken).ConfigureAwait(false);
        foreach (var item in batch)
        {
            var device = own.GetValueOrDefault(item.Id);
            var location = device?.LocationId is { } locationId ? locations.GetValueOrDefault(locationId) : null;
            string?[] cells =
            [
                item.AssetTag, item.SerialNumber, item.Manufacturer, item.Model, modelNumbers.GetValueOrDefault(item.ModelId),
                item.SoftwareVersion, item.Facility, location?.Department, location?.Building, location?.Floor, location?.Room,
                item.IpAddress, item.MacAddress, item.Hostname, item.NetworkSegment,
                item.ClinicalCriticality is { } criticality ? InventoryValues.Format(criticality) : null,
                item.PatientConnected is { } connected ? InventoryValues.Format(connected) : null,
                item.StoresPhi is { } phi ? InventoryValues.Format(phi) : null,
                InventoryValues.Format(item.InService), item.CmmsId, item.UdiDi,
                device?.EndOfSupport is { } end ? InventoryValues.Format(end) : null,
            ];
            writer.WriteRow(cells.Select(CellNeutralizer.Neutralize).ToList());
        }

        return batch.Count;
    }
}
