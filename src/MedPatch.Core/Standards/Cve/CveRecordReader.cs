using System.Globalization;
using System.Text.RegularExpressions;

namespace MedPatch.Core.Standards.Cve;

/// <summary>Reads CVE JSON 5.x records. Lenient with unknown members, strict (with a JSON path) on required ones.</summary>
public static partial class CveRecordReader
{
    /// <exception cref="CveFormatException">The record is not valid JSON or misses or mistypes a required part.</exception>
    public static CveRecord Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonCursor.Parse(json);
        return Read(new JsonCursor(document.RootElement, "$"));
    }

    /// <exception cref="CveFormatException">The record is not valid JSON or misses or mistypes a required part.</exception>
    public static CveRecord Read(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonCursor.Parse(json);
        return Read(new JsonCursor(document.RootElement, "$"));
    }

    private static CveRecord Read(JsonCursor root)
    {
        root.RequireObject();
        var dataType = root.String("dataType");
        if (dataType is not null && dataType != "CVE_RECORD")
        {
            throw new CveFormatException("$.dataType", $"expected CVE_RECORD, found '{dataType}'");
        }

        var metadata = ReadMetadata(root.RequiredMember("cveMetadata").RequireObject());
        var containers = root.RequiredMember("containers").RequireObject();
        var cnaCursor = containers.Object("cna");
        if (cnaCursor is null && metadata.State == CveState.Published)
        {
            throw new CveFormatException("$.containers.cna", "required member is missing");
        }

        var cna = cnaCursor is null ? null : CveContainerReader.Read(cnaCursor.Value);
        var adp = containers.Array("adp").Select(a => CveContainerReader.Read(a.RequireObject())).ToList();
        return new CveRecord(root.String("dataVersion") ?? "", metadata, cna, adp);
    }

    private static CveMetadata ReadMetadata(JsonCursor meta)
    {
        var id = meta.RequiredMember("cveId");
        var cveId = id.AsString();
        if (!CveIdPattern().IsMatch(cveId))
        {
            throw new CveFormatException(id.Path, $"'{cveId}' is not a CVE id (CVE-YYYY-NNNN)");
        }

        var stateCursor = meta.RequiredMember("state");
        var state = stateCursor.AsString() switch
        {
            "PUBLISHED" => CveState.Published,
            "REJECTED" => CveState.Rejected,
            var other => throw new CveFormatException(stateCursor.Path, $"expected PUBLISHED or REJECTED, found '{other}'"),
        };
        return new CveMetadata(
            cveId,
            state,
            meta.String("assignerOrgId"),
            meta.String("assignerShortName"),
            meta.Timestamp("dateReserved"),
            meta.Timestamp("datePublished"),
            meta.Timestamp("dateUpdated"),
            meta.Timestamp("dateRejected"));
    }

    [GeneratedRegex(@"^CVE-[0-9]{4}-[0-9]{4,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex CveIdPattern();

    internal static DateOnly? Date(JsonCursor cursor, string name)
    {
        var member = cursor.Member(name);
        if (member is null)
        {
            return null;
        }

        var text = member.Value.AsString();

        // KEV dates are plain dates, but some producers write a full timestamp; keep the calendar day.
        var day = text.Length >= 10 ? text[..10] : text;
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CveFormatException(member.Value.Path, $"'{text}' is not a date (YYYY-MM-DD)");
    }
}
