using System.Collections.Frozen;
using System.Text;

namespace MedPatch.Core.Inventory;

/// <summary>
/// Header names that CMMS and spreadsheet exports use for the canonical columns. Headers are compared by
/// <see cref="Key"/>, so "Serial No.", "serial_no" and "SERIAL NO" are one synonym.
/// </summary>
public static class HeaderSynonyms
{
    private static readonly (DeviceColumn Column, string[] Names)[] Table =
    [
        (DeviceColumn.AssetTag, ["Asset #", "Asset Tag", "Asset", "Asset No", "Asset Number", "Asset ID", "Tag", "Tag #", "Equipment #", "Equipment No", "Equipment Number", "Control #", "Control Number"]),
        (DeviceColumn.SerialNumber, ["Serial No", "Serial Number", "Serial #", "Serial", "S/N", "SN", "Mfr Serial"]),
        (DeviceColumn.Manufacturer, ["Mfr", "Mfg", "Manufacturer Name", "Manufacturer", "Make", "Vendor", "Mfr Name"]),
        (DeviceColumn.Model, ["Model", "Model Name", "Product", "Product Name", "Device Model"]),
        (DeviceColumn.ModelNumber, ["Model #", "Model No", "Model Number", "Part #", "Part Number", "Catalog #", "Catalog Number", "REF"]),
        (DeviceColumn.SoftwareVersion, ["SW Version", "Software Version", "Software", "Firmware", "Firmware Version", "FW Version", "Version", "SW Rev"]),
        (DeviceColumn.Facility, ["Facility", "Facility Name", "Site", "Hospital", "Campus"]),
        (DeviceColumn.Department, ["Dept", "Department", "Dept Name", "Unit", "Cost Center", "Location"]),
        (DeviceColumn.Building, ["Building", "Bldg"]),
        (DeviceColumn.Floor, ["Floor", "Level"]),
        (DeviceColumn.Room, ["Room", "Room #", "Room No", "Location/Room", "Bed", "Room/Bed"]),
        (DeviceColumn.IpAddress, ["IP", "IP Address", "IPv4", "IPv4 Address", "IP Addr"]),
        (DeviceColumn.MacAddress, ["MAC", "MAC Address", "MAC Addr", "Hardware Address"]),
        (DeviceColumn.Hostname, ["Host Name", "Hostname", "Host", "DNS Name", "Network Name"]),
        (DeviceColumn.NetworkSegment, ["VLAN", "Network Segment", "Segment", "Subnet", "Network"]),
        (DeviceColumn.ClinicalCriticality, ["Criticality", "Clinical Criticality", "Risk", "Risk Level", "Clinical Risk"]),
        (DeviceColumn.PatientConnected, ["Patient Connected", "Patient-Connected", "Patient Contact"]),
        (DeviceColumn.StoresPhi, ["Stores PHI", "PHI", "Contains PHI", "ePHI"]),
        (DeviceColumn.InService, ["In Service", "Status", "Service Status", "Equipment Status", "Active"]),
        (DeviceColumn.CmmsId, ["CMMS ID", "CMMS #", "CMMS", "Work Order System ID", "Equipment ID"]),
        (DeviceColumn.UdiDi, ["UDI-DI", "UDI DI", "UDI", "Device Identifier", "GUDID DI", "DI"]),
        (DeviceColumn.EndOfSupport, ["End of Support", "EOS", "EOS Date", "End of Life", "EOL", "EOL Date", "Support End", "End of Service"]),
    ];

    private static readonly FrozenDictionary<string, DeviceColumn> ByKey = Build();

    /// <summary>
    /// Lower-case letters and digits only; '#' reads as "no" so "Model #" stays distinct from "Model".
    /// </summary>
    public static string Key(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (c == '#')
            {
                builder.Append("no");
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Finds the canonical column for a header: its canonical name or any known synonym.</summary>
    public static bool TryResolve(string header, out DeviceColumn column) => ByKey.TryGetValue(Key(header), out column);

    /// <summary>The synonyms of one column, for documentation and help.</summary>
    public static IReadOnlyList<string> Of(DeviceColumn column) => Table.Single(t => t.Column == column).Names;

    private static FrozenDictionary<string, DeviceColumn> Build()
    {
        var map = new Dictionary<string, DeviceColumn>(StringComparer.Ordinal);
        foreach (var column in DeviceColumns.All)
        {
            map[Key(DeviceColumns.Name(column))] = column;
        }

        foreach (var (column, names) in Table)
        {
            foreach (var name in names)
            {
                // A synonym never overrides a canonical name, and two columns never share a synonym.
                if (!map.TryAdd(Key(name), column) && map[Key(name)] != column)
                {
                    throw new InvalidOperationException($"header synonym '{name}' is claimed by two columns");
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
