using System.Globalization;
using System.Text;
using MedPatch.Core.Demo;
using MedPatch.Core.Devices;
using MedPatch.Data.Conventions;

namespace MedPatch.Benchmarks;

/// <summary>
/// Writes the same generated fleet twice: as the canonical import CSV a hospital would feed <c>medpatch import
/// devices</c>, and as rows already in the shape of the <c>devices</c> table for the databases' own bulk loaders.
/// </summary>
public sealed class BenchFiles(DemoHealthSystem demo)
{
    public static readonly IReadOnlyList<string> CanonicalColumns =
    [
        "asset_tag", "serial_number", "manufacturer", "model", "model_number", "software_version", "facility", "department",
        "building", "floor", "room", "ip_address", "mac_address", "hostname", "network_segment", "clinical_criticality",
        "patient_connected", "stores_phi", "in_service", "cmms_id", "udi_di", "end_of_support",
    ];

    private readonly Dictionary<Guid, Core.Organizations.Facility> facilities = demo.Facilities.ToDictionary(f => f.Id);
    private readonly Dictionary<Guid, Core.Organizations.Location> locations = demo.Locations.ToDictionary(l => l.Id);
    private readonly Dictionary<Guid, Core.Organizations.NetworkSegment> segments = demo.Segments.ToDictionary(s => s.Id);
    private readonly Dictionary<Guid, DeviceModel> models = demo.Models.ToDictionary(m => m.Id);
    private readonly Dictionary<Guid, string> manufacturers = demo.Manufacturers.ToDictionary(m => m.Id, m => m.Name);

    private static readonly HashSet<string> IdColumns =
        ["id", "organization_id", "facility_id", "location_id", "device_model_id", "network_segment_id"];

    public int Rows => demo.Devices.Count;

    public DemoHealthSystem Demo => demo;

    public async Task WriteImportCsvAsync(string path)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteLineAsync(string.Join(',', CanonicalColumns)).ConfigureAwait(false);
        foreach (var d in demo.Devices)
        {
            var model = models[d.DeviceModelId];
            var location = d.LocationId is { } l ? locations[l] : null;
            await writer.WriteLineAsync(CsvText.Line(
            [
                d.AssetTag, d.SerialNumber, manufacturers[model.ManufacturerId], model.Name, model.ModelNumbers.FirstOrDefault(),
                d.SoftwareVersion, facilities[d.FacilityId].Name, location?.Department, location?.Building, location?.Floor,
                location?.Room, d.IpAddress, d.MacAddress, d.Hostname, d.NetworkSegmentId is { } s ? segments[s].Name : null,
                d.ClinicalCriticality is { } c ? SnakeCaseNames.Convert(c.ToString()) : null, CsvText.Bool(d.PatientConnected),
                CsvText.Bool(d.StoresPhi), SnakeCaseNames.Convert(d.InService.ToString()), d.CmmsId, d.UdiDi,

                // A CMMS export carries the support date on every row; the device's own date wins over the model's.
                CsvText.Date(d.EndOfSupport ?? model.EndOfSupport),
            ])).ConfigureAwait(false);
        }
    }

    /// <summary>The same devices as rows of the <c>devices</c> table, columns in the order the database reports them.</summary>
    public async Task WriteRawCsvAsync(string path, IReadOnlyList<string> columns, bool upperCaseIds)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteLineAsync(string.Join(',', columns)).ConfigureAwait(false);
        foreach (var d in demo.Devices)
        {
            var model = models[d.DeviceModelId];
            // EF Core's SQLite provider stores Guids as upper-case text; foreign keys compare that text exactly.
            await writer.WriteLineAsync(CsvText.Line(columns.Select(column =>
                RawValue(d, model, column) is { } value && upperCaseIds && IdColumns.Contains(column) ? value.ToUpperInvariant() : RawValue(d, model, column)))).ConfigureAwait(false);
        }
    }

    // Booleans as 1/0 and times without zone: the one spelling both sqlite3 and PostgreSQL's COPY accept.
    private static string? RawValue(Device d, DeviceModel model, string column) => column switch
    {
        "id" => d.Id.ToString(),
        "organization_id" => d.OrganizationId.ToString(),
        "facility_id" => d.FacilityId.ToString(),
        "location_id" => d.LocationId?.ToString(),
        "device_model_id" => d.DeviceModelId.ToString(),
        "asset_tag" => d.AssetTag,
        "serial_number" => d.SerialNumber,
        "software_version" => d.SoftwareVersion,
        "ip_address" => d.IpAddress,
        "mac_address" => d.MacAddress,
        "hostname" => d.Hostname,
        "network_segment_id" => d.NetworkSegmentId?.ToString(),
        "clinical_criticality" => d.ClinicalCriticality?.ToString(),
        "patient_connected" => Bit(d.PatientConnected),
        "stores_phi" => Bit(d.StoresPhi),
        "in_service" => d.InService.ToString(),
        "cmms_id" => d.CmmsId,
        "udi_di" => d.UdiDi,
        "end_of_support" => CsvText.Date(d.EndOfSupport ?? model.EndOfSupport),
        "last_seen" => Time(d.LastSeen),
        "created_at" => Time(d.CreatedAt),
        "updated_at" => Time(d.UpdatedAt),
        _ => throw new InvalidOperationException("the devices table has a column the benchmark does not know: " + column),
    };

    private static string? Bit(bool? value) => value is { } b ? (b ? "1" : "0") : null;

    private static string? Time(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
