using System.Globalization;
using MedPatch.Core.Devices;
using MedPatch.Core.Inventory;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Organizations;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// Organizations, facilities, manufacturers (with aliases), models, locations and segments, loaded once per
/// import into dictionaries. Rows seen for the first time are added to the context and written by
/// <see cref="SaveAsync"/> before the devices that point at them.
/// </summary>
public sealed class ReferenceCache
{
    public const string DefaultOrganizationName = "Default health system";

    private readonly MedPatchDbContext db;
    private readonly List<Organization> organizations;
    private readonly Dictionary<string, Facility> facilities;
    private readonly Dictionary<string, Guid> manufacturers;
    private readonly Dictionary<(Guid, string), DeviceModel> models;
    private readonly Dictionary<(Guid, string), Guid> locationIds;
    private readonly Dictionary<Guid, Location> locations;
    private readonly Dictionary<(Guid, string), Guid> segments;
    private readonly Dictionary<string, string> manufacturerKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> modelKeys = new(StringComparer.Ordinal);
    private bool pending;

    private ReferenceCache(
        MedPatchDbContext db,
        List<Organization> organizations,
        List<Facility> facilities,
        Dictionary<string, Guid> manufacturers,
        List<DeviceModel> models,
        List<Location> locations,
        List<NetworkSegment> segments)
    {
        this.db = db;
        this.organizations = organizations;
        this.facilities = facilities.GroupBy(f => FacilityKey(f.Name)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        this.manufacturers = manufacturers;
        this.models = models.ToDictionary(m => (m.ManufacturerId, m.NormalizedName));
        this.locations = locations.ToDictionary(l => l.Id);
        locationIds = locations.ToDictionary(l => (l.FacilityId, l.Key), l => l.Id);
        this.segments = segments.ToDictionary(s => (s.OrganizationId, SegmentKey(s.Name)), s => s.Id);
    }

    public static async Task<ReferenceCache> LoadAsync(MedPatchDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var facilities = await db.Facilities.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var manufacturers = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var alias in await db.ManufacturerAliases.AsNoTracking().Select(a => new { a.NormalizedName, a.ManufacturerId }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            manufacturers[alias.NormalizedName] = alias.ManufacturerId;
        }

        // A manufacturer's own name wins over another's alias.
        foreach (var manufacturer in await db.Manufacturers.AsNoTracking().Select(m => new { m.NormalizedName, m.Id }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            manufacturers[manufacturer.NormalizedName] = manufacturer.Id;
        }

        // Tracked, so a model number added by the import is saved with the next batch.
        var models = await db.DeviceModels.ToListAsync(cancellationToken).ConfigureAwait(false);
        var locations = await db.Locations.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var segments = await db.NetworkSegments.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ReferenceCache(db, organizations, facilities, manufacturers, models, locations, segments);
    }

    public static string FacilityKey(string name) => name.Trim().ToLowerInvariant();

    public Location? Location(Guid? id) => id is { } value && locations.TryGetValue(value, out var location) ? location : null;

    /// <summary>Finds or creates everything the record points at; returns an error when that is impossible.</summary>
    public ResolvedReferences? Resolve(DeviceRecord record, Location? existingLocation, IReadOnlyList<bool> present, ICollection<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(errors);
        var facility = FindOrAddFacility(record, errors);
        if (facility is null)
        {
            return null;
        }

        var manufacturerId = FindOrAddManufacturer(record.Manufacturer);
        var model = FindOrAddModel(manufacturerId, record.Model);
        if (record.ModelNumber is { } number && !model.ModelNumbers.Contains(number, StringComparer.OrdinalIgnoreCase))
        {
            model.ModelNumbers.Add(number);
            pending = true;
        }

        Guid? locationId = existingLocation?.Id;
        if (present[(int)DeviceColumn.Department] || present[(int)DeviceColumn.Building] || present[(int)DeviceColumn.Floor] || present[(int)DeviceColumn.Room])
        {
            // A file without some location columns keeps those parts of the device's current location.
            var department = present[(int)DeviceColumn.Department] ? record.Department : existingLocation?.Department;
            var building = present[(int)DeviceColumn.Building] ? record.Building : existingLocation?.Building;
            var floor = present[(int)DeviceColumn.Floor] ? record.Floor : existingLocation?.Floor;
            var room = present[(int)DeviceColumn.Room] ? record.Room : existingLocation?.Room;
            locationId = department is null && building is null && floor is null && room is null
                ? null
                : FindOrAddLocation(facility.Id, department, building, floor, room);
        }

        Guid? segmentId = record.NetworkSegment is { } segment ? FindOrAddSegment(facility.OrganizationId, segment) : null;
        return new ResolvedReferences(facility.OrganizationId, facility.Id, manufacturerId, model.Id, locationId, segmentId);
    }

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (pending || db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            pending = false;

            // Only models stay tracked (their model numbers may grow); thousands of tracked locations would make
            // every later change detection slower.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not DeviceModel).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    private Facility? FindOrAddFacility(DeviceRecord record, ICollection<ImportError> errors)
    {
        var key = FacilityKey(record.Facility);
        if (facilities.TryGetValue(key, out var facility))
        {
            return facility;
        }

        Organization organization;
        var healthSystems = organizations.Where(o => o.Kind == OrganizationKind.HealthSystem).ToList();
        if (healthSystems.Count == 1)
        {
            organization = healthSystems[0];
        }
        else if (healthSystems.Count == 0)
        {
            organization = new Organization { Name = DefaultOrganizationName };
            db.Organizations.Add(organization);
            organizations.Add(organization);
        }
        else
        {
            errors.Add(new ImportError(record.Row, DeviceColumns.Name(DeviceColumn.Facility), $"facility '{record.Facility}' does not exist and there are several health systems to put it in; create the facility first"));
            return null;
        }

        facility = new Facility { OrganizationId = organization.Id, Name = record.Facility.Trim() };
        db.Facilities.Add(facility);
        facilities[key] = facility;
        return facility;
    }

    /// <summary>A file names the same few hundred makers a million times; normalise each spelling once.</summary>
    private string ManufacturerKey(string name)
    {
        if (!manufacturerKeys.TryGetValue(name, out var key))
        {
            key = ManufacturerName.Normalize(name);
            manufacturerKeys[name] = key;
        }

        return key;
    }

    private string ModelKey(string name)
    {
        if (!modelKeys.TryGetValue(name, out var key))
        {
            key = ModelName.Normalize(name);
            modelKeys[name] = key;
        }

        return key;
    }

    private Guid FindOrAddManufacturer(string name)
    {
        var key = ManufacturerKey(name);
        if (manufacturers.TryGetValue(key, out var id))
        {
            return id;
        }

        var manufacturer = new Manufacturer { Name = name.Trim(), NormalizedName = key };
        db.Manufacturers.Add(manufacturer);
        manufacturers[key] = manufacturer.Id;
        return manufacturer.Id;
    }

    private DeviceModel FindOrAddModel(Guid manufacturerId, string name)
    {
        var key = ModelKey(name);
        if (models.TryGetValue((manufacturerId, key), out var model))
        {
            return model;
        }

        model = new DeviceModel { ManufacturerId = manufacturerId, Name = name.Trim(), NormalizedName = key };
        db.DeviceModels.Add(model);
        models[(manufacturerId, key)] = model;
        return model;
    }

    private Guid FindOrAddLocation(Guid facilityId, string? department, string? building, string? floor, string? room)
    {
        var key = Core.Organizations.Location.KeyOf(department, building, floor, room);
        if (locationIds.TryGetValue((facilityId, key), out var id))
        {
            return id;
        }

        var location = new Location { FacilityId = facilityId, Department = department, Building = building, Floor = floor, Room = room, Key = key };
        db.Locations.Add(location);
        locationIds[(facilityId, key)] = location.Id;
        locations[location.Id] = location;
        return location.Id;
    }

    private Guid FindOrAddSegment(Guid organizationId, string name)
    {
        // A bare number in a VLAN column names the VLAN; "20" and "VLAN 20" are one segment.
        var isNumber = int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var vlan);
        var display = isNumber ? "VLAN " + vlan.ToString(CultureInfo.InvariantCulture) : name.Trim();
        var key = SegmentKey(display);
        if (segments.TryGetValue((organizationId, key), out var id))
        {
            return id;
        }

        var segment = new NetworkSegment { OrganizationId = organizationId, Name = display, VlanId = isNumber ? vlan : null };
        db.NetworkSegments.Add(segment);
        segments[(organizationId, key)] = segment.Id;
        return segment.Id;
    }

    private static string SegmentKey(string name) => name.Trim().ToLowerInvariant();
}
