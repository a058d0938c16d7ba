using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Devices;

/// <summary>Read side of the inventory: the device list (filter, sort, page) and single devices.</summary>
public sealed class DeviceQueries(MedPatchDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 500;

    public static readonly IReadOnlyList<string> SortKeys =
        ["asset_tag", "serial_number", "facility", "manufacturer", "model", "software_version", "end_of_support", "last_seen"];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<DevicePage> ListAsync(DeviceFilter filter, string? sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var devices = await FilteredDevicesAsync(filter, cancellationToken).ConfigureAwait(false);
        var total = await devices.CountAsync(cancellationToken).ConfigureAwait(false);
        var skip = (page - 1) * pageSize;
        var (key, descending) = ParseSort(sort);
        List<DeviceRow> rows;
        if (SortDevicesOnly(devices, key, descending) is { } ordered)
        {
            // Page over the devices table and its (key, id) index alone, then join only the page's rows: an
            // offset deep into a million devices then walks an index instead of a million joined rows.
            var ids = await ordered.Skip(skip).Take(pageSize).Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var byId = await Rows(db.Devices.AsNoTracking().Where(d => ids.Contains(d.Id)))
                .ToDictionaryAsync(r => r.Device.Id, cancellationToken).ConfigureAwait(false);
            rows = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        }
        else
        {
            rows = await SortJoined(Rows(devices), key, descending).Skip(skip).Take(pageSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        return new DevicePage(rows.Select(ToItem).ToList(), total, page, pageSize);
    }

    /// <summary>Every device matching the filter in asset-tag order, streamed for exports and listings.</summary>
    public async IAsyncEnumerable<DeviceListItem> StreamAsync(DeviceFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var devices = await FilteredDevicesAsync(filter, cancellationToken).ConfigureAwait(false);
        var query = SortJoined(Rows(devices), "asset_tag", descending: false);
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return ToItem(row);
        }
    }

    /// <summary>Resolves a manufacturer name through its normalised name and aliases; null when unknown.</summary>
    public async Task<Guid?> ResolveManufacturerAsync(string name, CancellationToken cancellationToken)
    {
        var key = ManufacturerName.Normalize(name);
        var id = await db.Manufacturers.Where(m => m.NormalizedName == key).Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return id ?? await db.ManufacturerAliases.Where(a => a.NormalizedName == key).Select(a => (Guid?)a.ManufacturerId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Turns every filter into a condition on the devices table alone. Names (facility, manufacturer, model, type,
    /// segment, support dates of models) are resolved to id lists first: there are thousands of those rows at most,
    /// against a million devices, so counting and paging never need a join.
    /// </summary>
    private async Task<IQueryable<Device>> FilteredDevicesAsync(DeviceFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Devices.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Facility))
        {
            var facility = filter.Facility.Trim();
            if (Guid.TryParse(facility, out var facilityId))
            {
                query = query.Where(d => d.FacilityId == facilityId);
            }
            else
            {
                var lowered = facility.ToLowerInvariant();
                var ids = await db.Facilities.Where(f => f.Name.ToLower() == lowered).Select(f => f.Id)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                query = query.Where(d => ids.Contains(d.FacilityId));
            }
        }

        var models = db.DeviceModels.AsNoTracking();
        var modelFiltered = false;
        if (!string.IsNullOrWhiteSpace(filter.Manufacturer))
        {
            var manufacturerId = await ResolveManufacturerAsync(filter.Manufacturer, cancellationToken).ConfigureAwait(false);
            models = models.Where(m => m.ManufacturerId == manufacturerId);
            modelFiltered = true;
        }

        if (!string.IsNullOrWhiteSpace(filter.Model))
        {
            var model = filter.Model.Trim();
            if (Guid.TryParse(model, out var modelId))
            {
                models = models.Where(m => m.Id == modelId);
            }
            else
            {
                var lowered = model.ToLowerInvariant();
                models = models.Where(m => m.Name.ToLower() == lowered);
            }

            modelFiltered = true;
        }

        if (!string.IsNullOrWhiteSpace(filter.DeviceType))
        {
            var lowered = filter.DeviceType.Trim().ToLowerInvariant();
            models = models.Where(m => m.DeviceType != null && m.DeviceType.ToLower() == lowered);
            modelFiltered = true;
        }

        if (modelFiltered)
        {
            var ids = await models.Select(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            query = query.Where(d => ids.Contains(d.DeviceModelId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Segment))
        {
            var lowered = filter.Segment.Trim().ToLowerInvariant();
            var ids = await db.NetworkSegments.Where(s => s.Name.ToLower() == lowered).Select(s => s.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            query = query.Where(d => d.NetworkSegmentId != null && ids.Contains(d.NetworkSegmentId.Value));
        }

        var support = filter.Unsupported ? "end_of_support" : filter.Support?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(support))
        {
            query = await SupportFilterAsync(query, support, filter.Support, cancellationToken).ConfigureAwait(false);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            query = query.Where(d =>
                (d.AssetTag != null && d.AssetTag.StartsWith(text)) ||
                (d.SerialNumber != null && d.SerialNumber.StartsWith(text)) ||
                (d.Hostname != null && d.Hostname.StartsWith(text)) ||
                (d.IpAddress != null && d.IpAddress.StartsWith(text)) ||
                (d.CmmsId != null && d.CmmsId.StartsWith(text)));
        }

        return query;
    }

    /// <summary>The rule of <see cref="SupportLifecycle.Status"/> written as a condition: the device's own date wins.</summary>
    private async Task<IQueryable<Device>> SupportFilterAsync(IQueryable<Device> query, string support, string? given, CancellationToken cancellationToken)
    {
        var today = Today;
        switch (support)
        {
            case "end_of_support" or "unsupported":
                {
                    var past = await db.DeviceModels.Where(m => m.EndOfSupport <= today).Select(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
                    return query.Where(d => d.EndOfSupport <= today || (d.EndOfSupport == null && past.Contains(d.DeviceModelId)));
                }

            case "supported":
                {
                    var ahead = await db.DeviceModels.Where(m => m.EndOfSupport > today).Select(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
                    return query.Where(d => d.EndOfSupport > today || (d.EndOfSupport == null && ahead.Contains(d.DeviceModelId)));
                }

            case "unknown":
                {
                    var undated = await db.DeviceModels.Where(m => m.EndOfSupport == null).Select(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
                    return query.Where(d => d.EndOfSupport == null && undated.Contains(d.DeviceModelId));
                }

            default:
                throw new ArgumentException($"support must be supported, end_of_support or unknown, not '{given}'", nameof(given));
        }
    }

    private static (string Key, bool Descending) ParseSort(string? sort)
    {
        var key = (sort ?? "asset_tag").Trim();
        var descending = key.StartsWith('-');
        key = key.TrimStart('-', '+').ToLowerInvariant();
        if (!SortKeys.Contains(key))
        {
            throw new ArgumentException($"sort must be one of {string.Join(", ", SortKeys)} (prefix - for descending), not '{sort}'", nameof(sort));
        }

        return (key, descending);
    }

    /// <summary>Orders on device columns only; null when the key needs a joined table.</summary>
    private static IQueryable<Device>? SortDevicesOnly(IQueryable<Device> query, string key, bool descending)
    {
        // The id breaks ties so paging never shows a device twice or skips one.
        return key switch
        {
            "asset_tag" => descending ? query.OrderByDescending(d => d.AssetTag).ThenByDescending(d => d.Id) : query.OrderBy(d => d.AssetTag).ThenBy(d => d.Id),
            "serial_number" => descending ? query.OrderByDescending(d => d.SerialNumber).ThenByDescending(d => d.Id) : query.OrderBy(d => d.SerialNumber).ThenBy(d => d.Id),
            "software_version" => descending ? query.OrderByDescending(d => d.SoftwareVersion).ThenBy(d => d.Id) : query.OrderBy(d => d.SoftwareVersion).ThenBy(d => d.Id),
            "last_seen" => descending ? query.OrderByDescending(d => d.LastSeen).ThenBy(d => d.Id) : query.OrderBy(d => d.LastSeen).ThenBy(d => d.Id),
            _ => null,
        };
    }

    private static IQueryable<DeviceRow> SortJoined(IQueryable<DeviceRow> query, string key, bool descending)
    {
        IOrderedQueryable<DeviceRow> ordered = key switch
        {
            "asset_tag" => descending ? query.OrderByDescending(r => r.Device.AssetTag) : query.OrderBy(r => r.Device.AssetTag),
            "serial_number" => descending ? query.OrderByDescending(r => r.Device.SerialNumber) : query.OrderBy(r => r.Device.SerialNumber),
            "facility" => descending ? query.OrderByDescending(r => r.Facility) : query.OrderBy(r => r.Facility),
            "manufacturer" => descending ? query.OrderByDescending(r => r.Manufacturer) : query.OrderBy(r => r.Manufacturer),
            "model" => descending ? query.OrderByDescending(r => r.Model.Name) : query.OrderBy(r => r.Model.Name),
            "software_version" => descending ? query.OrderByDescending(r => r.Device.SoftwareVersion) : query.OrderBy(r => r.Device.SoftwareVersion),
            "end_of_support" => descending
                ? query.OrderByDescending(r => r.Device.EndOfSupport ?? r.Model.EndOfSupport)
                : query.OrderBy(r => r.Device.EndOfSupport ?? r.Model.EndOfSupport),
            "last_seen" => descending ? query.OrderByDescending(r => r.Device.LastSeen) : query.OrderBy(r => r.Device.LastSeen),
            _ => throw new ArgumentException($"unknown sort key '{key}'", nameof(key)),
        };

        return ordered.ThenBy(r => r.Device.Id);
    }

    private IQueryable<DeviceRow> Rows() => Rows(db.Devices.AsNoTracking());

    private IQueryable<DeviceRow> Rows(IQueryable<Device> devices) =>
        from d in devices
        join m in db.DeviceModels on d.DeviceModelId equals m.Id
        join mf in db.Manufacturers on m.ManufacturerId equals mf.Id
        join f in db.Facilities on d.FacilityId equals f.Id
        join l in db.Locations on d.LocationId equals l.Id into locations
        from l in locations.DefaultIfEmpty()
        join s in db.NetworkSegments on d.NetworkSegmentId equals s.Id into segments
        from s in segments.DefaultIfEmpty()
        select new DeviceRow
        {
            Device = d,
            Model = m,
            Manufacturer = mf.Name,
            Facility = f.Name,
            Department = l == null ? null : l.Department,
            Building = l == null ? null : l.Building,
            Floor = l == null ? null : l.Floor,
            Room = l == null ? null : l.Room,
            Segment = s == null ? null : s.Name,
        };

    private DeviceListItem ToItem(DeviceRow r)
    {
        var d = r.Device;
        var location = string.Join(" / ", new[] { r.Department, r.Building, r.Floor, r.Room }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var end = d.EndOfSupport ?? r.Model.EndOfSupport;
        return new DeviceListItem(
            d.Id, d.AssetTag, d.SerialNumber, r.Facility, r.Manufacturer, r.Model.Name, r.Model.Id, r.Model.DeviceType,
            d.SoftwareVersion, location.Length == 0 ? null : location, d.IpAddress, d.MacAddress, d.Hostname, r.Segment,
            d.ClinicalCriticality, d.PatientConnected, d.StoresPhi, d.InService, end,
            SupportLifecycle.Status(d.EndOfSupport, r.Model.EndOfSupport, Today), d.CmmsId, d.UdiDi, d.LastSeen)
        {
            Department = r.Department,
            Building = r.Building,
            Floor = r.Floor,
            Room = r.Room,
            OwnEndOfSupport = d.EndOfSupport,
            ModelNumber = r.Model.ModelNumbers.FirstOrDefault(),
        };
    }

    private sealed class DeviceRow
    {
        public required Device Device { get; init; }
        public required DeviceModel Model { get; init; }
        public required string Manufacturer { get; init; }
        public required string Facility { get; init; }
        public string? Department { get; init; }
        public string? Building { get; init; }
        public string? Floor { get; init; }
        public string? Room { get; init; }
        public string? Segment { get; init; }
    }
}
