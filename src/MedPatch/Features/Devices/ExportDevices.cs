using MedPatch.Core.Inventory;
using MedPatch.Features.Devices.Export;

namespace MedPatch.Features.Devices;

/// <summary>
/// Writes the device inventory as CSV or XLSX with the canonical import columns, so an export re-imports with
/// zero changes. Rows stream from <see cref="DeviceQueries.StreamAsync"/>, which carries every field needed.
/// </summary>
public sealed class ExportDevices(DeviceQueries queries)
{
    public async Task<int> WriteAsync(ExportFormat format, string path, DeviceFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using IDeviceRowWriter writer = format == ExportFormat.Xlsx ? new XlsxRowWriter(path) : new CsvRowWriter(path);
        writer.WriteRow(DeviceColumns.All.Select(DeviceColumns.Name).ToList());
        var count = 0;
        await foreach (var item in queries.StreamAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            string?[] cells =
            [
                item.AssetTag, item.SerialNumber, item.Manufacturer, item.Model, item.ModelNumber,
                item.SoftwareVersion, item.Facility, item.Department, item.Building, item.Floor, item.Room,
                item.IpAddress, item.MacAddress, item.Hostname, item.NetworkSegment,
                item.ClinicalCriticality is { } criticality ? InventoryValues.Format(criticality) : null,
                item.PatientConnected is { } connected ? InventoryValues.Format(connected) : null,
                item.StoresPhi is { } phi ? InventoryValues.Format(phi) : null,
                InventoryValues.Format(item.InService), item.CmmsId, item.UdiDi,
                item.OwnEndOfSupport is { } end ? InventoryValues.Format(end) : null,
            ];
            writer.WriteRow(cells.Select(CellNeutralizer.Neutralize).ToList());
            count++;
        }

        return count;
    }
}
