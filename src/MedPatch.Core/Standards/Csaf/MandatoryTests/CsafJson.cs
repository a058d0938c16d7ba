using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>
/// Lenient reading of raw CSAF JSON: a member that is missing or has the wrong JSON type is treated as absent, so
/// the mandatory tests also run over documents that fail the schema.
/// </summary>
internal static class CsafJson
{
    public static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static bool Has(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);

    public static JsonElement? Object(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static string? String(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>The items of an array member with their JSON paths; nothing when the member is not an array.</summary>
    public static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement element, string name, string path)
    {
        if (Member(element, name) is not { ValueKind: JsonValueKind.Array } array)
        {
            yield break;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, Index(path + "." + name, index));
            index++;
        }
    }

    /// <summary>The string items of an array member with their JSON paths.</summary>
    public static IEnumerable<(string Value, string Path)> Strings(JsonElement element, string name, string path)
    {
        foreach (var (item, itemPath) in Items(element, name, path))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                yield return (item.GetString()!, itemPath);
            }
        }
    }

    public static string Index(string path, int index) =>
        path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>Each vulnerability item (objects only) with its path.</summary>
    public static IEnumerable<(JsonElement Item, string Path)> Vulnerabilities(JsonElement document) =>
        Items(document, "vulnerabilities", "$").Where(v => v.Item.ValueKind == JsonValueKind.Object);
}
