using MedPatch.Core.Standards.Cve;

namespace MedPatch.Core.Standards.Nvd;

/// <summary>
/// Reads NVD CVE API 2.0 JSON: a whole response page, or one item ({"cve": {...}}) as found in
/// vulnerabilities[]. Errors are <see cref="CveFormatException"/> naming the JSON path.
/// </summary>
public static class NvdCveReader
{
    public static NvdCveResponse ReadResponse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonCursor.Parse(json);
        return ReadResponse(new JsonCursor(document.RootElement, "$"));
    }

    public static NvdCveResponse ReadResponse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonCursor.Parse(json);
        return ReadResponse(new JsonCursor(document.RootElement, "$"));
    }

    public static NvdCve ReadItem(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonCursor.Parse(json);
        return ReadItem(new JsonCursor(document.RootElement, "$"));
    }

    public static NvdCve ReadItem(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonCursor.Parse(json);
        return ReadItem(new JsonCursor(document.RootElement, "$"));
    }

    private static NvdCveResponse ReadResponse(JsonCursor root)
    {
        root.RequireObject();
        var items = root.RequiredMember("vulnerabilities");
        if (items.Element.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            throw items.Wrong("an array");
        }

        return new NvdCveResponse(
            Count(root, "resultsPerPage"),
            Count(root, "startIndex"),
            Count(root, "totalResults"),
            root.String("format"),
            root.String("version"),
            root.Timestamp("timestamp"),
            root.Array("vulnerabilities").Select(ReadItem).ToList());
    }

    private static int Count(JsonCursor root, string name)
    {
        var value = root.Integer(name) ?? throw new CveFormatException($"{root.Path}.{name}", "required member is missing");
        return value is >= 0 and <= int.MaxValue ? (int)value : throw new CveFormatException($"{root.Path}.{name}", $"{value} is out of range");
    }

    private static NvdCve ReadItem(JsonCursor item)
    {
        return NvdCveItemReader.Read(item.RequireObject().RequiredMember("cve").RequireObject());
    }
}
