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
        var query = await FilteredAsync(filter, cancellationToken).ConfigureAwait(false);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await Sorted(query, sort)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new DevicePage(rows.Select(ToItem).ToList(), total, page, pageSize);
    }

    /// <summary>Every device matching the filter in asset-tag order, streamed for exports and listings.</summary>
    public async IAsyncEnumerable<DeviceListItem> StreamAsync(DeviceFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(filter, cancellationToken).ConfigureAwait(false);
        await foreach (var row in Sorted(query, "asset_tag").AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return ToItem(row);
        }
    }

    public async Task<DeviceListItem?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await Rows().Where(r => r.Device.Id == id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToItem(row);
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

    private async Task<IQueryable<DeviceRow>> FilteredAsync(DeviceFilter filter, CancellationToken cancellationToken)
    {
        var query = Rows();
        if (!string.IsNullOrWhiteSpace(filter.Facility))
        {
            var facility = filter.Facility.Trim();
            if (Guid.TryParse(facility, out var facilityId))
            {
                query = query.Where(r => r.Device.FacilityId == facilityId);
            }
            else
            {
                var lowered = facility.ToLowerInvariant();
                query = query.Where(r => r.Facility.ToLower() == lowered);
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Manufacturer))
        {
            var manufacturerId = await ResolveManufacturerAsync(filter.Manufacturer, cancellationToken).ConfigureAwait(false);
            query = manufacturerId is { } mid ? query.Where(r => r.Model.ManufacturerId == mid) : query.Where(r => false);
        }

        if (!string.IsNullOrWhiteSpace(filter.Model))
        {
            var model = filter.Model.Trim();
            if (Guid.TryParse(model, out var modelId))
            {
                query = query.Where(r => r.Device.DeviceModelId == modelId);
            }
            else
            {
                var lowered = model.ToLowerInvariant();
                query = query.Where(r => r.Model.Name.ToLower() == lowered);
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.DeviceType))
        {
            var lowered = filter.DeviceType.Trim().ToLowerInvariant();
            query = query.Where(r => r.Model.DeviceType != null && r.Model.DeviceType.ToLower() == lowered);
        }

        if (!string.IsNullOrWhiteSpace(filter.Segment))
        {
            var lowered = filter.Segment.Trim().ToLowerInvariant();
            query = query.Where(r => r.Segment != null && r.Segment.ToLower() == lowered);
        }

        var today = Today;
        var support = filter.Unsupported ? "end_of_support" : filter.Support?.Trim().ToLowerInvariant();
        query = support switch
        {
            null or "" => query,
            "end_of_support" or "unsupported" => query.Where(r => (r.Device.EndOfSupport ?? r.Model.EndOfSupport) <= today),
            "supported" => query.Where(r => (r.Device.EndOfSupport ?? r.Model.EndOfSupport) > today),
            "unknown" => query.Where(r => r.Device.EndOfSupport == null && r.Model.EndOfSupport == null),
            _ => throw new ArgumentException($"support must be supported, end_of_support or unknown, not '{filter.Support}'", nameof(filter)),
        };

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            query = query.Where(r =>
                (r.Device.AssetTag != null && r.Device.AssetTag.StartsWith(text)) ||
                (r.Device.SerialNumber != null && r.Device.SerialNumber.StartsWith(text)) ||
                (r.Device.Hostname != null && r.Device.Hostname.StartsWith(text)) ||
                (r.Device.IpAddress != null && r.Device.IpAddress.StartsWith(text)) ||
                (r.Device.CmmsId != null && r.Device.CmmsId.StartsWith(text)));
        }

        return query;
    }

    private static IQueryable<DeviceRow> Sorted(IQueryable<DeviceRow> query, string? sort)
    {
        var key = (sort ?? "asset_tag").Trim();
        var descending = key.StartsWith('-');
        key = key.TrimStart('-', '+').ToLowerInvariant();
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
            _ => throw new ArgumentException($"sort must be one of {string.Join(", ", SortKeys)} (prefix - for descending), not '{sort}'", nameof(sort)),
        };

        // The id breaks ties so paging never shows a device twice or skips one.
        return ordered.ThenBy(r => r.Device.Id);
    }

    private IQueryable<DeviceRow> Rows() =>
        from d in db.Devices.AsNoTracking()
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
            SupportLifecycle.Status(d.EndOfSupport, r.Model.EndOfSupport, Today), d.CmmsId, d.UdiDi, d.LastSeen);
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
