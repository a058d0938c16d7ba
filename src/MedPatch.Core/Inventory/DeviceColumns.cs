using System.Collections.Frozen;

namespace MedPatch.Core.Inventory;

/// <summary>Names and limits of the canonical device columns (snake_case, as written in file headers and errors).</summary>
public static class DeviceColumns
{
    public static readonly IReadOnlyList<DeviceColumn> All = Enum.GetValues<DeviceColumn>();

    public static readonly int Count = All.Count;

    private static readonly string[] Names =
    [
        "asset_tag", "serial_number", "manufacturer", "model", "model_number", "software_version", "facility",
        "department", "building", "floor", "room", "ip_address", "mac_address", "hostname", "network_segment",
        "clinical_criticality", "patient_connected", "stores_phi", "in_service", "cmms_id", "udi_di", "end_of_support",
    ];

    // The database column sizes; SQLite would accept longer text, so the import enforces them on both providers.
    private static readonly int[] MaxLengths =
    [
        100, 100, 200, 200, 100, 100, 200,
        200, 200, 50, 100, 45, 17, 253, 200,
        40, 10, 10, 40, 100, 100, 30,
    ];

    private static readonly FrozenDictionary<string, DeviceColumn> ByName =
        All.ToFrozenDictionary(c => Names[(int)c], StringComparer.Ordinal);

    public static string Name(DeviceColumn column) => Names[(int)column];

    public static int MaxLength(DeviceColumn column) => MaxLengths[(int)column];

    public static bool TryParse(string? name, out DeviceColumn column) =>
        ByName.TryGetValue((name ?? string.Empty).Trim().ToLowerInvariant(), out column);
}
