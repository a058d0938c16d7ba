using System.Text.Json;
using Sylvan.Data.Csv;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// Reads a --map file: a JSON object {"Their header": "asset_tag", "Notes": "ignore"} or a CSV with the header
/// row <c>header,column</c> and one mapping per row. Header names are matched case- and punctuation-insensitively.
/// </summary>
public static class MappingFile
{
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImportFileException(0, "--map", $"mapping file '{path}' does not exist");
        }

        var text = File.ReadAllText(path);
        return text.TrimStart().StartsWith('{') ? FromJson(path, text) : FromCsv(path, text);
    }

    private static Dictionary<string, string> FromJson(string path, string text)
    {
        try
        {
            var map = JsonSerializer.Deserialize<Dictionary<string, string?>>(text) ?? [];
            return map.ToDictionary(p => p.Key, p => p.Value ?? string.Empty, StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            throw new ImportFileException((int)(ex.LineNumber ?? 0) + 1, "--map", $"mapping file '{path}' is not a JSON object of strings: {ex.Message}");
        }
    }

    private static Dictionary<string, string> FromCsv(string path, string text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = true });
        var row = 1;
        while (csv.Read())
        {
            row++;
            if (csv.RowFieldCount < 1 || string.IsNullOrWhiteSpace(csv.GetString(0)))
            {
                continue;
            }

            if (csv.RowFieldCount > 2)
            {
                throw new ImportFileException(row, "--map", $"mapping file '{path}' row {row} must have two cells: their header, our column");
            }

            map[csv.GetString(0)] = csv.RowFieldCount == 2 ? csv.GetString(1) : string.Empty;
        }

        return map;
    }
}
