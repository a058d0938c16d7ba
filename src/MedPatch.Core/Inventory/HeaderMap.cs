using System.Globalization;

namespace MedPatch.Core.Inventory;

/// <summary>
/// Which canonical column each column of a file holds, decided from the header row, the synonyms and an
/// optional explicit mapping. Columns mapped to "ignore" are skipped.
/// </summary>
public sealed class HeaderMap
{
    /// <summary>Mapping values that mean "skip this column".</summary>
    public static readonly IReadOnlySet<string> IgnoreValues = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { string.Empty, "ignore", "-" };

    private HeaderMap(DeviceColumn?[] columns, bool[] present, IReadOnlyList<ImportError> errors)
    {
        Columns = columns;
        Present = present;
        Errors = errors;
    }

    /// <summary>The canonical column of each file column, null when ignored.</summary>
    public IReadOnlyList<DeviceColumn?> Columns { get; }

    /// <summary>Indexed by <see cref="DeviceColumn"/>: whether the file has that column at all.</summary>
    public IReadOnlyList<bool> Present { get; }

    public IReadOnlyList<ImportError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <param name="headers">The header cells of the file.</param>
    /// <param name="explicitMap">Their header → canonical name (or "ignore"); keys compared like synonyms.</param>
    /// <param name="facilityGiven">True when --facility supplies the facility, so the column is optional.</param>
    /// <param name="headerRow">The row number of the header, for error messages.</param>
    public static HeaderMap Resolve(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string>? explicitMap, bool facilityGiven, int headerRow = 1)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var errors = new List<ImportError>();
        var mapByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, to) in explicitMap ?? new Dictionary<string, string>())
        {
            mapByKey[HeaderSynonyms.Key(from)] = to.Trim();
        }

        var columns = new DeviceColumn?[headers.Count];
        var present = new bool[DeviceColumns.Count];
        var firstIndex = new Dictionary<DeviceColumn, int>();
        var unknown = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i]?.Trim() ?? string.Empty;
            var key = HeaderSynonyms.Key(header);
            DeviceColumn column;
            if (mapByKey.TryGetValue(key, out var target))
            {
                if (IgnoreValues.Contains(target))
                {
                    continue;
                }

                if (!DeviceColumns.TryParse(target, out column))
                {
                    errors.Add(new ImportError(headerRow, header, $"the mapping sends '{header}' to '{target}', which is not a column (valid: {string.Join(", ", DeviceColumns.All.Select(DeviceColumns.Name))}, or \"ignore\")"));
                    continue;
                }
            }
            else if (header.Length == 0)
            {
                errors.Add(new ImportError(headerRow, ColumnLetter(i), $"column {ColumnLetter(i)} has no header; name it or delete it"));
                continue;
            }
            else if (!HeaderSynonyms.TryResolve(header, out column))
            {
                unknown.Add(header);
                continue;
            }

            if (firstIndex.TryGetValue(column, out var earlier))
            {
                errors.Add(new ImportError(headerRow, header, $"'{header}' and '{headers[earlier]}' both mean {DeviceColumns.Name(column)}; map one of them to \"ignore\""));
                continue;
            }

            firstIndex[column] = i;
            columns[i] = column;
            present[(int)column] = true;
        }

        if (unknown.Count > 0)
        {
            errors.Add(new ImportError(headerRow, string.Join(", ", unknown), $"unknown column(s) {string.Join(", ", unknown.Select(u => "'" + u + "'"))}: map them with --map (to a column name or \"ignore\")"));
        }

        var missing = new List<string>();
        if (!present[(int)DeviceColumn.Manufacturer])
        {
            missing.Add("manufacturer");
        }

        if (!present[(int)DeviceColumn.Model])
        {
            missing.Add("model");
        }

        if (!present[(int)DeviceColumn.AssetTag] && !present[(int)DeviceColumn.SerialNumber])
        {
            missing.Add("asset_tag or serial_number");
        }

        if (!present[(int)DeviceColumn.Facility] && !facilityGiven)
        {
            missing.Add("facility (or pass --facility)");
        }

        if (missing.Count > 0)
        {
            errors.Add(new ImportError(headerRow, string.Join(", ", missing), "missing required column(s): " + string.Join("; ", missing)));
        }

        return new HeaderMap(columns, present, errors);
    }

    /// <summary>Spreadsheet column letters: 0 → A, 26 → AA.</summary>
    public static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = ((char)('A' + ((n - 1) % 26))).ToString(CultureInfo.InvariantCulture) + letters;
        }

        return letters;
    }
}
