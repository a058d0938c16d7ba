using System.Globalization;
using System.Text.Json;

namespace MedPatch.Core.Standards.Cve;

/// <summary>
/// A JSON element with its JSONPath, so every error names where it happened. Unknown members are ignored on
/// purpose: CVE and NVD formats grow new fields (x_ extensions, ADP data) and old readers must keep working.
/// </summary>
internal readonly record struct JsonCursor(JsonElement Element, string Path)
{
    public static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new CveFormatException("$", $"not valid JSON: {ex.Message}", ex);
        }
    }

    public static JsonDocument Parse(Stream json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new CveFormatException("$", $"not valid JSON: {ex.Message}", ex);
        }
    }

    public JsonCursor RequireObject()
    {
        return Element.ValueKind == JsonValueKind.Object ? this : throw Wrong("an object");
    }

    public JsonCursor? Member(string name)
    {
        RequireObject();
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonCursor(value, $"{Path}.{name}")
            : null;
    }

    public JsonCursor RequiredMember(string name)
    {
        return Member(name) ?? throw new CveFormatException($"{Path}.{name}", "required member is missing");
    }

    public JsonCursor? Object(string name)
    {
        return Member(name)?.RequireObject();
    }

    public string RequiredString(string name)
    {
        return RequiredMember(name).AsString();
    }

    public string? String(string name)
    {
        return Member(name)?.AsString();
    }

    public string AsString()
    {
        return Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Wrong("a string");
    }

    public decimal? Decimal(string name)
    {
        var member = Member(name);
        if (member is null)
        {
            return null;
        }

        var value = member.Value;
        return value.Element.ValueKind == JsonValueKind.Number && value.Element.TryGetDecimal(out var number)
            ? number
            : throw value.Wrong("a number");
    }

    public long? Integer(string name)
    {
        var member = Member(name);
        if (member is null)
        {
            return null;
        }

        var value = member.Value;
        return value.Element.ValueKind == JsonValueKind.Number && value.Element.TryGetInt64(out var number)
            ? number
            : throw value.Wrong("an integer");
    }

    public bool? Boolean(string name)
    {
        var member = Member(name);
        return member?.Element.ValueKind switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw member.Value.Wrong("true or false"),
        };
    }

    /// <summary>
    /// CVE timestamps may lack a zone (cveMetadata in older records) and NVD never writes one; both mean UTC.
    /// </summary>
    public DateTimeOffset? Timestamp(string name)
    {
        var member = Member(name);
        if (member is null)
        {
            return null;
        }

        var text = member.Value.AsString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new CveFormatException(member.Value.Path, $"'{text}' is not an ISO 8601 timestamp");
    }

    public IEnumerable<JsonCursor> Array(string name)
    {
        var member = Member(name);
        if (member is null)
        {
            yield break;
        }

        var array = member.Value;
        if (array.Element.ValueKind != JsonValueKind.Array)
        {
            throw array.Wrong("an array");
        }

        var index = 0;
        foreach (var item in array.Element.EnumerateArray())
        {
            yield return new JsonCursor(item, $"{array.Path}[{index++}]");
        }
    }

    public IReadOnlyList<string> Strings(string name)
    {
        return Array(name).Select(item => item.AsString()).ToList();
    }

    public CveFormatException Wrong(string expected)
    {
        return new CveFormatException(Path, $"expected {expected}, found {Element.ValueKind.ToString().ToLowerInvariant()}");
    }
}
