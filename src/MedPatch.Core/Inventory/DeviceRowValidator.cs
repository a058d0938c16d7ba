using MedPatch.Core.Devices;

namespace MedPatch.Core.Inventory;

/// <summary>
/// Turns the raw cells of one row (indexed by <see cref="DeviceColumn"/>) into a <see cref="DeviceRecord"/>, or
/// reports every problem of the row, each naming its column.
/// </summary>
public static class DeviceRowValidator
{
    /// <param name="row">Row number for errors.</param>
    /// <param name="values">Cells indexed by <see cref="DeviceColumn"/>; null or blank means empty.</param>
    /// <param name="defaultFacility">The facility for rows that name none (from --facility).</param>
    /// <param name="errors">Receives the row's problems.</param>
    /// <returns>The record, or null when the row has at least one problem.</returns>
    public static DeviceRecord? Validate(int row, IReadOnlyList<string?> values, string? defaultFacility, ICollection<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;

        string? Text(DeviceColumn column)
        {
            var raw = (int)column < values.Count ? values[(int)column] : null;
            if (string.IsNullOrWhiteSpace(raw))
            {
                return null;
            }

            var text = raw.Trim();

            // Spreadsheets and our own export put an apostrophe before a leading = + - @ so it is not a formula.
            if (text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@')
            {
                text = text[1..];
            }

            if (text.Length > DeviceColumns.MaxLength(column))
            {
                errors.Add(Error(row, column, $"value is {text.Length} characters long; at most {DeviceColumns.MaxLength(column)} fit"));
                return null;
            }

            if (text.Any(char.IsControl))
            {
                errors.Add(Error(row, column, "value contains a control character (a line break or tab inside the cell?)"));
                return null;
            }

            return text;
        }

        T? Parsed<T>(DeviceColumn column, TryParse<T> parse, string expected)
            where T : struct
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            if (parse(text, out var value))
            {
                return value;
            }

            errors.Add(Error(row, column, $"'{text}' is not {expected}"));
            return null;
        }

        var assetTag = Text(DeviceColumn.AssetTag);
        var serial = Text(DeviceColumn.SerialNumber);
        var manufacturer = Text(DeviceColumn.Manufacturer);
        var model = Text(DeviceColumn.Model);
        var facility = Text(DeviceColumn.Facility) ?? NullIfBlank(defaultFacility);
        var ip = Parsed<Canonical>(DeviceColumn.IpAddress, (string t, out Canonical c) => Canonical.From(NetworkIdentity.TryParseIp(t, out var s), s, out c), "an IPv4 or IPv6 address");
        var mac = Parsed<Canonical>(DeviceColumn.MacAddress, (string t, out Canonical c) => Canonical.From(NetworkIdentity.TryParseMac(t, out var s), s, out c), "a MAC address (six hex pairs, e.g. 00:1A:2B:3C:4D:5E)");
        var criticality = Parsed<ClinicalCriticality>(DeviceColumn.ClinicalCriticality, InventoryValues.TryParseCriticality, "a criticality (" + InventoryValues.CriticalityWords + ")");
        var patientConnected = Parsed<bool>(DeviceColumn.PatientConnected, InventoryValues.TryParseBool, "yes or no (" + InventoryValues.BoolWords + ")");
        var storesPhi = Parsed<bool>(DeviceColumn.StoresPhi, InventoryValues.TryParseBool, "yes or no (" + InventoryValues.BoolWords + ")");
        var inService = Parsed<InServiceState>(DeviceColumn.InService, InventoryValues.TryParseInService, "a service state (" + InventoryValues.InServiceWords + ")");
        var endOfSupport = Parsed<DateOnly>(DeviceColumn.EndOfSupport, InventoryValues.TryParseDate, "a date (" + InventoryValues.DateWords + ")");

        if (manufacturer is null && !HasError(errors, before, DeviceColumn.Manufacturer))
        {
            errors.Add(Error(row, DeviceColumn.Manufacturer, "a value is required"));
        }

        if (model is null && !HasError(errors, before, DeviceColumn.Model))
        {
            errors.Add(Error(row, DeviceColumn.Model, "a value is required"));
        }

        if (assetTag is null && serial is null && !HasError(errors, before, DeviceColumn.AssetTag) && !HasError(errors, before, DeviceColumn.SerialNumber))
        {
            errors.Add(Error(row, DeviceColumn.AssetTag, "an asset tag or a serial number is required to identify the device"));
        }

        if (facility is null && !HasError(errors, before, DeviceColumn.Facility))
        {
            errors.Add(Error(row, DeviceColumn.Facility, "a value is required (or pass --facility)"));
        }

        var record = new DeviceRecord
        {
            Row = row,
            AssetTag = assetTag,
            SerialNumber = serial,
            Manufacturer = manufacturer ?? string.Empty,
            Model = model ?? string.Empty,
            ModelNumber = Text(DeviceColumn.ModelNumber),
            SoftwareVersion = Text(DeviceColumn.SoftwareVersion),
            Facility = facility ?? string.Empty,
            Department = Text(DeviceColumn.Department),
            Building = Text(DeviceColumn.Building),
            Floor = Text(DeviceColumn.Floor),
            Room = Text(DeviceColumn.Room),
            IpAddress = ip?.Value,
            MacAddress = mac?.Value,
            Hostname = Text(DeviceColumn.Hostname),
            NetworkSegment = Text(DeviceColumn.NetworkSegment),
            ClinicalCriticality = criticality,
            PatientConnected = patientConnected,
            StoresPhi = storesPhi,
            InService = inService ?? InServiceState.InService,
            CmmsId = Text(DeviceColumn.CmmsId),
            UdiDi = Text(DeviceColumn.UdiDi),
            EndOfSupport = endOfSupport,
        };
        return errors.Count == before ? record : null;
    }

    public static ImportError Error(int row, DeviceColumn column, string message) =>
        new(row, DeviceColumns.Name(column), message);

    private static bool HasError(ICollection<ImportError> errors, int before, DeviceColumn column) =>
        errors.Skip(before).Any(e => e.Column == DeviceColumns.Name(column));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>A canonical text value, boxed as a struct so the generic parser above serves the network columns too.</summary>
    private readonly record struct Canonical(string Value)
    {
        public static bool From(bool ok, string text, out Canonical value)
        {
            value = new Canonical(text);
            return ok;
        }
    }
}
