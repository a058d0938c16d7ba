using MedPatch.Core.Standards.Cve;

namespace MedPatch.Core.Standards.Nvd;

/// <summary>Reads the "cve" object of one NVD item.</summary>
internal static class NvdCveItemReader
{
    private static readonly (string Member, string Version)[] MetricMembers =
    [
        ("cvssMetricV40", "4.0"), ("cvssMetricV31", "3.1"), ("cvssMetricV30", "3.0"), ("cvssMetricV2", "2.0"),
    ];

    public static NvdCve Read(JsonCursor cve)
    {
        var metrics = cve.Object("metrics");
        var kevAdded = CveRecordReader.Date(cve, "cisaExploitAdd");
        var kev = kevAdded is null && cve.String("cisaVulnerabilityName") is null
            ? null
            : new NvdKevFacts(kevAdded, CveRecordReader.Date(cve, "cisaActionDue"), cve.String("cisaRequiredAction"), cve.String("cisaVulnerabilityName"));
        return new NvdCve(
            cve.RequiredString("id"),
            cve.String("sourceIdentifier"),
            cve.Timestamp("published"),
            cve.Timestamp("lastModified"),
            cve.String("vulnStatus"),
            Texts(cve, "descriptions"),
            metrics is { } m ? MetricMembers.SelectMany(x => m.Array(x.Member).Select(e => ReadMetric(e, x.Version))).ToList() : [],
            cve.Array("weaknesses").Select(w => new NvdWeakness(w.String("source"), w.String("type"), Texts(w, "description"))).ToList(),
            cve.Array("configurations").Select(ReadConfiguration).ToList(),
            cve.Array("references").Select(r => new NvdReference(r.RequiredString("url"), r.String("source"), r.Strings("tags"))).ToList(),
            kev);
    }

    private static List<NvdText> Texts(JsonCursor c, string name)
    {
        return c.Array(name).Select(t => new NvdText(t.String("lang") ?? "", t.RequiredString("value"))).ToList();
    }

    private static NvdCvssMetric ReadMetric(JsonCursor metric, string version)
    {
        var data = metric.RequiredMember("cvssData").RequireObject();

        // v2 puts baseSeverity beside cvssData, later versions inside it.
        return new NvdCvssMetric(
            data.String("version") ?? version,
            metric.String("source"),
            metric.String("type"),
            data.RequiredString("vectorString"),
            data.Decimal("baseScore"),
            data.String("baseSeverity") ?? metric.String("baseSeverity"));
    }

    private static NvdConfiguration ReadConfiguration(JsonCursor c)
    {
        return new NvdConfiguration(Operator(c), c.Boolean("negate") ?? false, c.Array("nodes").Select(ReadNode).ToList());
    }

    private static NvdNode ReadNode(JsonCursor n)
    {
        return new NvdNode(Operator(n), n.Boolean("negate") ?? false, n.Array("cpeMatch").Select(ReadMatch).ToList());
    }

    private static NvdCpeMatch ReadMatch(JsonCursor m)
    {
        return new NvdCpeMatch(
            m.Boolean("vulnerable") ?? throw new CveFormatException($"{m.Path}.vulnerable", "required member is missing"),
            m.RequiredString("criteria"),
            m.String("matchCriteriaId"),
            m.String("versionStartIncluding"),
            m.String("versionStartExcluding"),
            m.String("versionEndIncluding"),
            m.String("versionEndExcluding"));
    }

    private static NvdOperator Operator(JsonCursor c)
    {
        var member = c.Member("operator");
        return member?.AsString() switch
        {
            null or "OR" => NvdOperator.Or,
            "AND" => NvdOperator.And,
            var other => throw new CveFormatException(member!.Value.Path, $"expected AND or OR, found '{other}'"),
        };
    }
}
