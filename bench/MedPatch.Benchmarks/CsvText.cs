using System.Globalization;

namespace MedPatch.Benchmarks;

/// <summary>RFC 4180 fields: quoted only when they must be, so the file looks like a real CMMS export.</summary>
public static class CsvText
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Line(IEnumerable<string?> values) => string.Join(',', values.Select(Field));

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Bool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => string.Empty,
    };
}
