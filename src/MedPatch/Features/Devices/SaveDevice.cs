using System.Globalization;
using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;
using MedPatch.Data;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Devices;

/// <summary>
/// Creates and updates one device from an API request: validates every field (collecting all errors, not the
/// first), resolves the facility and model, finds or creates the location and network segment, and keeps the
/// facility + asset tag pair unique.
/// </summary>
public sealed class SaveDevice(MedPatchDbContext db, TimeProvider clock, ExposureUpdates exposures)
{
    public Task<SaveDeviceOutcome> CreateAsync(DeviceRequest request, CancellationToken cancellationToken) =>
        SaveAsync(null, request, cancellationToken);

    public async Task<SaveDeviceOutcome> UpdateAsync(Guid id, DeviceRequest request, CancellationToken cancellationToken)
    {
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        return device is null ? new SaveDeviceOutcome.NotFound() : await SaveAsync(device, request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        if (device is null)
        {
            return false;
        }

        db.Devices.Remove(device);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // Its exposures went with it; the other devices of its model now count one fewer.
        await exposures.AfterDevicesAsync([id], cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<SaveDeviceOutcome> SaveAsync(Device? existing, DeviceRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var facility = await ResolveFacilityAsync(request, errors, cancellationToken).ConfigureAwait(false);
        var model = await ResolveModelAsync(request, errors, cancellationToken).ConfigureAwait(false);

        var assetTag = errors.Text("asset_tag", request.AssetTag, 100);
        var serial = errors.Text("serial_number", request.SerialNumber, 100);
        if (assetTag is null && serial is null)
        {
            errors.Add("asset_tag", "asset_tag or serial_number is required");
        }

        var softwareVersion = errors.Text("software_version", request.SoftwareVersion, 100);
        var department = errors.Text("department", request.Department, 200);
        var building = errors.Text("building", request.Building, 200);
        var floor = errors.Text("floor", request.Floor, 50);
        var room = errors.Text("room", request.Room, 100);
        var hostname = errors.Text("hostname", request.Hostname, 253);
        var segmentName = errors.Text("network_segment", request.NetworkSegment, 200);
        var cmmsId = errors.Text("cmms_id", request.CmmsId, 100);
        var udiDi = errors.Text("udi_di", request.UdiDi, 100);

        string? ip = null;
        if (!string.IsNullOrWhiteSpace(request.IpAddress))
        {
            if (NetworkIdentity.TryParseIp(request.IpAddress, out var canonicalIp))
            {
                ip = canonicalIp;
            }
            else
            {
                errors.Add("ip_address", $"'{request.IpAddress}' is not an IPv4 or IPv6 address");
            }
        }

        string? mac = null;
        if (!string.IsNullOrWhiteSpace(request.MacAddress))
        {
            if (NetworkIdentity.TryParseMac(request.MacAddress, out var canonicalMac))
            {
                mac = canonicalMac;
            }
            else
            {
                errors.Add("mac_address", $"'{request.MacAddress}' is not a MAC address (six hex pairs, e.g. 00:1A:2B:3C:4D:5E)");
            }
        }

        ClinicalCriticality? criticality = null;
        if (!string.IsNullOrWhiteSpace(request.ClinicalCriticality))
        {
            if (SnakeCaseEnum.TryParse<ClinicalCriticality>(request.ClinicalCriticality, out var parsed))
            {
                criticality = parsed;
            }
            else
            {
                errors.Add("clinical_criticality", $"must be one of {SnakeCaseEnum.Names<ClinicalCriticality>()}");
            }
        }

        var inService = InServiceState.InService;
        if (!string.IsNullOrWhiteSpace(request.InService) && !SnakeCaseEnum.TryParse(request.InService, out inService))
        {
            errors.Add("in_service", $"must be one of {SnakeCaseEnum.Names<InServiceState>()}");
        }

        DateOnly? endOfSupport = null;
        if (!string.IsNullOrWhiteSpace(request.EndOfSupport))
        {
            if (DateOnly.TryParseExact(request.EndOfSupport.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                endOfSupport = date;
            }
            else
            {
                errors.Add("end_of_support", $"'{request.EndOfSupport}' is not a date in the form yyyy-MM-dd");
            }
        }

        if (errors.Any || facility is null || model is null)
        {
            return new SaveDeviceOutcome.Invalid(errors.ToDictionary());
        }

        if (assetTag is not null && await db.Devices.AnyAsync(
                d => d.FacilityId == facility.Id && d.AssetTag == assetTag && (existing == null || d.Id != existing.Id),
                cancellationToken).ConfigureAwait(false))
        {
            return new SaveDeviceOutcome.Conflict($"{facility.Name} already has a device with asset tag {assetTag}");
        }

        var device = existing ?? new Device();
        device.OrganizationId = facility.OrganizationId;
        device.FacilityId = facility.Id;
        device.DeviceModelId = model.Id;
        device.AssetTag = assetTag;
        device.SerialNumber = serial;
        device.SoftwareVersion = softwareVersion;
        device.LocationId = await FindOrCreateLocationAsync(facility.Id, department, building, floor, room, cancellationToken).ConfigureAwait(false);
        device.IpAddress = ip;
        device.MacAddress = mac;
        device.Hostname = hostname;
        device.NetworkSegmentId = segmentName is null
            ? null
            : await FindOrCreateSegmentAsync(facility.OrganizationId, segmentName, cancellationToken).ConfigureAwait(false);
        device.ClinicalCriticality = criticality;
        device.PatientConnected = request.PatientConnected;
        device.StoresPhi = request.StoresPhi;
        device.InService = inService;
        device.CmmsId = cmmsId;
        device.UdiDi = udiDi;
        device.EndOfSupport = endOfSupport;

        var now = clock.GetUtcNow().UtcDateTime;
        device.UpdatedAt = now;
        if (existing is null)
        {
            device.CreatedAt = now;
            db.Devices.Add(device);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // The checks above ran outside a lock: a concurrent writer can still take the asset tag first.
            return new SaveDeviceOutcome.Conflict("the device conflicts with a change saved at the same time; reload and retry");
        }

        await exposures.AfterDevicesAsync([device.Id], cancellationToken).ConfigureAwait(false);
        return new SaveDeviceOutcome.Saved(device.Id);
    }

    private async Task<Facility?> ResolveFacilityAsync(DeviceRequest request, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (request.FacilityId is { } id)
        {
            var byId = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken).ConfigureAwait(false);
            if (byId is null)
            {
                errors.Add("facility_id", $"no facility has id {id}");
            }

            return byId;
        }

        if (!string.IsNullOrWhiteSpace(request.Facility))
        {
            var lowered = request.Facility.Trim().ToLowerInvariant();
            var byName = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Name.ToLower() == lowered, cancellationToken).ConfigureAwait(false);
            if (byName is null)
            {
                errors.Add("facility", $"no facility is named '{request.Facility.Trim()}'");
            }

            return byName;
        }

        errors.Add("facility_id", "facility_id or facility (the name) is required");
        return null;
    }

    private async Task<DeviceModel?> ResolveModelAsync(DeviceRequest request, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (request.ModelId is not { } id)
        {
            errors.Add("model_id", "model_id is required");
            return null;
        }

        var model = await db.DeviceModels.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            errors.Add("model_id", $"no device model has id {id}");
        }

        return model;
    }

    private async Task<Guid?> FindOrCreateLocationAsync(Guid facilityId, string? department, string? building, string? floor, string? room, CancellationToken cancellationToken)
    {
        if (department is null && building is null && floor is null && room is null)
        {
            return null;
        }

        var key = Location.KeyOf(department, building, floor, room);
        var id = await db.Locations.Where(l => l.FacilityId == facilityId && l.Key == key).Select(l => (Guid?)l.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (id is not null)
        {
            return id;
        }

        var location = new Location { FacilityId = facilityId, Department = department, Building = building, Floor = floor, Room = room, Key = key };
        db.Locations.Add(location);
        return location.Id;
    }

    private async Task<Guid> FindOrCreateSegmentAsync(Guid organizationId, string name, CancellationToken cancellationToken)
    {
        // "VLAN 20 clinical" and "VLAN 20 Clinical" are the same segment to a person typing it.
        var lowered = name.ToLowerInvariant();
        var id = await db.NetworkSegments.Where(s => s.OrganizationId == organizationId && s.Name.ToLower() == lowered).Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (id is { } found)
        {
            return found;
        }

        var segment = new NetworkSegment { OrganizationId = organizationId, Name = name };
        db.NetworkSegments.Add(segment);
        return segment.Id;
    }
}
