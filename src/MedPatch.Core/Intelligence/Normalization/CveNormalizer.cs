using MedPatch.Core.Standards.Cve;

namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// A CVE JSON 5 record as an advisory of one vulnerability. Statements come from the CNA's affected entries (and,
/// marked in their note, from ADP containers such as CISA's); solutions become vendor_fix and workarounds workaround
/// remediations that name no product, because the record does not tie them to one.
/// </summary>
public static class CveNormalizer
{
    public static NormalizedAdvisory Normalize(CveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var cna = record.Cna;
        var meta = record.Metadata;
        var cveId = record.CveId;
        var statements = new List<AffectedStatement>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (cna is not null)
        {
            statements.AddRange(cna.Affected.SelectMany(a => CveAffectedStatements.For(cveId, a, "", null, keys)));
        }

        foreach (var adp in record.Adp)
        {
            var name = adp.ProviderShortName ?? adp.ProviderOrgId ?? "ADP";
            statements.AddRange(adp.Affected.SelectMany(a => CveAffectedStatements.For(cveId, a, "adp:" + name + "|", "stated by ADP " + name, keys)));
        }

        var remediations = cna is null
            ? []
            : cna.Solutions.Where(IsEnglish).Select(s => new RemediationStatement(cveId, null, RemediationCategory.VendorFix, s.Value, null, null))
                .Concat(cna.Workarounds.Where(IsEnglish).Select(w => new RemediationStatement(cveId, null, RemediationCategory.Workaround, w.Value, null, null)))
                .ToList();
        var references = (cna?.References ?? []).Select(Reference).ToList();
        var vulnerability = new NormalizedVulnerability(
            cveId,
            [],
            cna?.Title,
            English(cna?.Descriptions ?? []),
            (cna?.ProblemTypes ?? []).Concat(record.Adp.SelectMany(a => a.ProblemTypes)).Where(p => p.CweId is not null)
                .Select(p => new NormalizedCwe(p.CweId!, CweNames.FromDescription(p.CweId!, p.Description)))
                .DistinctBy(c => c.Id, StringComparer.Ordinal).ToList(),
            (cna?.CvssMetrics ?? []).Concat(record.Adp.SelectMany(a => a.CvssMetrics))
                .Select(m => new NormalizedCvss(m.Version, m.VectorString, m.BaseScore, m.BaseSeverity))
                .DistinctBy(c => c.Vector, StringComparer.Ordinal).ToList(),
            references,
            Exploitation(record),
            meta.DatePublished,
            null);
        return new NormalizedAdvisory(
            AdvisorySource.Cve,
            new AdvisoryPublisher(meta.AssignerShortName ?? cna?.ProviderShortName ?? "unknown", meta.AssignerOrgId, "cna"),
            cveId,
            null,
            record.IsPublished ? "published" : "rejected",
            cna?.Title,
            meta.DatePublished,
            meta.DateUpdated ?? meta.DatePublished,
            null,
            null,
            [],
            [vulnerability],
            statements,
            remediations,
            references);
    }

    private static ExploitationFacts? Exploitation(CveRecord record)
    {
        var ssvc = record.CisaAdp?.Ssvc ?? record.Adp.Select(a => a.Ssvc).OfType<CveSsvc>().FirstOrDefault();
        var kev = record.CisaAdp?.Kev ?? record.Adp.Select(a => a.Kev).OfType<CveKev>().FirstOrDefault();
        return ssvc is null && kev is null
            ? null
            : new ExploitationFacts(ssvc?.Exploitation, ssvc?.Automatable, ssvc?.TechnicalImpact, ssvc?.Timestamp, kev?.DateAdded, null, null, null);
    }

    private static AdvisoryReference Reference(CveReference r) =>
        new(r.Url, r.Name, r.Tags.Count == 0 ? null : string.Join(',', r.Tags));

    private static bool IsEnglish(CveText text) => text.Lang.Length == 0 || text.Lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    private static string? English(IReadOnlyList<CveText> texts) => (texts.FirstOrDefault(IsEnglish) ?? texts.FirstOrDefault())?.Value;
}
