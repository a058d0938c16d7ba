using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedPatch.Core.Standards.Cve;

/// <summary>Reads the CNA or ADP container shape shared by both.</summary>
internal static partial class CveContainerReader
{
    public static CveContainer Read(JsonCursor c)
    {
        var provider = c.Object("providerMetadata");
        var metrics = c.Array("metrics").Select(m => m.RequireObject()).ToList();
        var descriptions = Texts(c, "descriptions");

        // A rejected record's CNA carries its explanation as rejectedReasons instead of descriptions.
        if (descriptions.Count == 0)
        {
            descriptions = Texts(c, "rejectedReasons");
        }

        return new CveContainer(
            provider?.String("orgId"),
            provider?.String("shortName"),
            c.String("title"),
            descriptions,
            c.Array("affected").Select(ReadAffected).ToList(),
            c.Array("problemTypes").SelectMany(p => p.RequireObject().Array("descriptions")).Select(ReadProblemType).ToList(),
            metrics.SelectMany(ReadCvss).ToList(),
            metrics.Select(m => Other(m, "ssvc")).OfType<JsonCursor>().Select(ReadSsvc).FirstOrDefault(),
            metrics.Select(m => Other(m, "kev")).OfType<JsonCursor>().Select(ReadKev).FirstOrDefault(),
            c.Array("references").Select(ReadReference).ToList(),
            Texts(c, "solutions"),
            Texts(c, "workarounds"),
            Texts(c, "exploits"),
            c.Array("timeline").Select(t => new CveTimelineEvent(t.Timestamp("time"), t.String("lang") ?? "", t.RequiredString("value"))).ToList());
    }

    private static List<CveText> Texts(JsonCursor c, string name)
    {
        return c.Array(name).Select(t => new CveText(t.String("lang") ?? "", t.RequiredString("value"))).ToList();
    }

    private static CveAffected ReadAffected(JsonCursor a)
    {
        a.RequireObject();
        return new CveAffected(
            a.String("vendor"),
            a.String("product"),
            a.String("collectionURL"),
            a.String("packageName"),
            a.String("defaultStatus"),
            a.Array("versions").Select(ReadVersion).ToList(),
            a.Strings("cpes"),
            a.Strings("modules"),
            a.Strings("platforms"));
    }

    private static CveAffectedVersion ReadVersion(JsonCursor v)
    {
        return new CveAffectedVersion(
            v.RequiredString("version"),
            v.RequiredString("status"),
            v.String("versionType"),
            v.String("lessThan"),
            v.String("lessThanOrEqual"),
            v.Array("changes").Select(ch => new CveVersionChange(ch.RequiredString("at"), ch.RequiredString("status"))).ToList());
    }

    private static CveProblemType ReadProblemType(JsonCursor d)
    {
        var description = d.RequiredString("description");
        var cweId = d.String("cweId");

        // Legacy records name the CWE only in the text ("CWE-787 Out-of-bounds Write").
        if (cweId is null && CwePattern().Match(description) is { Success: true } match)
        {
            cweId = match.Value;
        }

        return new CveProblemType(d.String("lang") ?? "", description, cweId, d.String("type"));
    }

    private static IEnumerable<CveCvssMetric> ReadCvss(JsonCursor metric)
    {
        var scenarios = metric.Array("scenarios").Select(s => s.RequiredString("value")).ToList();
        foreach (var (member, version) in new[] { ("cvssV2_0", "2.0"), ("cvssV3_0", "3.0"), ("cvssV3_1", "3.1"), ("cvssV4_0", "4.0") })
        {
            if (metric.Object(member) is { } cvss)
            {
                yield return new CveCvssMetric(version, cvss.RequiredString("vectorString"), cvss.Decimal("baseScore"), cvss.String("baseSeverity"), scenarios);
            }
        }
    }

    private static JsonCursor? Other(JsonCursor metric, string type)
    {
        var other = metric.Object("other");
        return other is { } o && string.Equals(o.String("type"), type, StringComparison.OrdinalIgnoreCase) ? o.Object("content") : null;
    }

    private static CveSsvc ReadSsvc(JsonCursor content)
    {
        // options is a list of one-member objects, e.g. [{"Exploitation":"none"},{"Automatable":"no"}].
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in content.Array("options"))
        {
            foreach (var pair in option.RequireObject().Element.EnumerateObject())
            {
                options[pair.Name] = pair.Value.ValueKind == JsonValueKind.String
                    ? pair.Value.GetString()!
                    : throw new JsonCursor(pair.Value, $"{option.Path}.{pair.Name}").Wrong("a string");
            }
        }

        return new CveSsvc(content.String("version"), content.String("role"), content.Timestamp("timestamp"), options);
    }

    private static CveKev ReadKev(JsonCursor content)
    {
        return new CveKev(CveRecordReader.Date(content, "dateAdded"), content.String("reference"));
    }

    private static CveReference ReadReference(JsonCursor r)
    {
        return new CveReference(r.RequiredString("url"), r.String("name"), r.Strings("tags"));
    }

    [GeneratedRegex(@"\bCWE-[0-9]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex CwePattern();
}
