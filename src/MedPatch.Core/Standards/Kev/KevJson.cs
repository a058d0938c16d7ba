using System.Globalization;
using System.Text.Json;

namespace MedPatch.Core.Standards.Kev;

/// <summary>Typed property reads that fail with the JSON path, so a broken catalog says where it is broken.</summary>
internal static class KevJson
{
    public static JsonElement Required(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new KevFormatException($"{path}.{name}: required property is missing");
        }

        return value;
    }

    public static string RequiredString(JsonElement parent, string name, string path) =>
        AsString(Required(parent, name, path), $"{path}.{name}");

    public static string? OptionalString(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? AsString(value, $"{path}.{name}")
            : null;

    public static string AsString(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new KevFormatException($"{path}: expected a string but found {Kind(value)}");

    public static DateOnly RequiredDate(JsonElement parent, string name, string path)
    {
        var text = RequiredString(parent, name, path);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new KevFormatException($"{path}.{name}: '{text}' is not a date (yyyy-MM-dd)");
    }

    public static DateTimeOffset RequiredInstant(JsonElement parent, string name, string path)
    {
        var text = RequiredString(parent, name, path);

        // CISA writes UTC instants with a variable number of fraction digits ("2025-08-25T17:04:19.9796Z").
        return DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var instant)
            ? instant
            : throw new KevFormatException($"{path}.{name}: '{text}' is not a date-time");
    }

    public static int RequiredInt(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new KevFormatException($"{path}.{name}: expected an integer but found {Kind(value)}");
    }

    public static JsonElement RequiredArray(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind == JsonValueKind.Array
            ? value
            : throw new KevFormatException($"{path}.{name}: expected an array but found {Kind(value)}");
    }

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
