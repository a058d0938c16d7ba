using MedPatch.Core.Devices;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Devices;

/// <summary>Loads one device with its facility, model, manufacturer, location and segment in a single query.</summary>
public sealed class DeviceDetailQuery(MedPatchDbContext db, TimeProvider clock)
{
    public async Task<DeviceResponse?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await (
            from d in db.Devices.AsNoTracking()
            where d.Id == id
            join m in db.DeviceModels on d.DeviceModelId equals m.Id
            join mf in db.Manufacturers on m.ManufacturerId equals mf.Id
            join f in db.Facilities on d.FacilityId equals f.Id
            join l in db.Locations on d.LocationId equals l.Id into locations
            from l in locations.DefaultIfEmpty()
            join s in db.NetworkSegments on d.NetworkSegmentId equals s.Id into segments
            from s in segments.DefaultIfEmpty()
            select new { Device = d, Model = m, ManufacturerName = mf.Name, FacilityName = f.Name, Location = l, SegmentName = s == null ? null : s.Name })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var device = row.Device;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new DeviceResponse(
            device.Id, device.AssetTag, device.SerialNumber, device.FacilityId, row.FacilityName, row.Model.ManufacturerId, row.ManufacturerName,
            row.Model.Id, row.Model.Name, row.Model.DeviceType, device.SoftwareVersion,
            row.Location?.Department, row.Location?.Building, row.Location?.Floor, row.Location?.Room,
            device.IpAddress, device.MacAddress, device.Hostname, row.SegmentName, device.ClinicalCriticality, device.PatientConnected,
            device.StoresPhi, device.InService, device.CmmsId, device.UdiDi, device.EndOfSupport, row.Model.EndOfSale, row.Model.EndOfSupport,
            SupportLifecycle.Status(device.EndOfSupport, row.Model.EndOfSupport, today), device.LastSeen, device.CreatedAt, device.UpdatedAt);
    }
}
