using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// A CSAF 2.0 document (security advisory or VEX) as a normalized advisory: one statement per product and
/// vulnerability status, one remediation per product it names (directly or through a product group). A
/// known_not_affected product carries its VEX justification (the flag label) and impact statement (an impact
/// threat naming the product) when the document gives them.
/// </summary>
public static class CsafNormalizer
{
    public static NormalizedAdvisory Normalize(CsafDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Document;
        var tracking = meta.Tracking;
        var resolver = new CsafProductResolver(document);
        var vulnerabilities = new List<NormalizedVulnerability>();
        var statements = new List<AffectedStatement>();
        var remediations = new List<RemediationStatement>();
        for (var i = 0; i < document.Vulnerabilities.Count; i++)
        {
            var v = document.Vulnerabilities[i];
            var cveId = v.Cve ?? (v.Ids.Count > 0 ? v.Ids[0].Text : $"vulnerabilities[{i}]");
            vulnerabilities.Add(Vulnerability(cveId, v));
            statements.AddRange(Statements(cveId, v, resolver));
            foreach (var r in v.Remediations)
            {
                var category = Category(r.Category);
                var ids = resolver.Expand(r.ProductIds, r.GroupIds);
                remediations.AddRange(ids.Count == 0
                    ? [new RemediationStatement(cveId, null, category, r.Details, r.Url?.ToString(), r.Date)]
                    : ids.Select(id => new RemediationStatement(cveId, id, category, r.Details, r.Url?.ToString(), r.Date)));
            }
        }

        return new NormalizedAdvisory(
            AdvisorySource.Csaf,
            new AdvisoryPublisher(meta.Publisher.Name, meta.Publisher.Namespace.ToString(), CsafEnumNames.ToJson(meta.Publisher.Category)),
            tracking.Id,
            tracking.Version,
            CsafEnumNames.ToJson(tracking.Status),
            meta.Title,
            tracking.InitialReleaseDate,
            tracking.CurrentReleaseDate,
            meta.Distribution?.Tlp is { } tlp ? CsafEnumNames.ToJson(tlp.Label) : null,
            meta.AggregateSeverity?.Text,
            tracking.RevisionHistory.Select(r => new AdvisoryRevision(r.Number, r.Date, r.Summary)).ToList(),
            vulnerabilities,
            statements,
            remediations,
            meta.References.Select(Reference).ToList());
    }

    private static IEnumerable<AffectedStatement> Statements(string cveId, CsafVulnerability v, CsafProductResolver resolver)
    {
        var status = v.ProductStatus;
        if (status is null)
        {
            yield break;
        }

        var justifications = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var flag in v.Flags)
        {
            foreach (var id in resolver.Expand(flag.ProductIds, flag.GroupIds))
            {
                justifications.TryAdd(id, CsafEnumNames.ToJson(flag.Label));
            }
        }

        var impacts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var threat in v.Threats.Where(t => t.Category == CsafThreatCategory.Impact))
        {
            foreach (var id in resolver.Expand(threat.ProductIds, threat.GroupIds))
            {
                impacts.TryAdd(id, threat.Details);
            }
        }

        var lists = new (IReadOnlyList<string> Ids, AffectedStatus Status)[]
        {
            (status.FirstAffected, AffectedStatus.Affected),
            (status.KnownAffected, AffectedStatus.Affected),
            (status.LastAffected, AffectedStatus.Affected),
            (status.FirstFixed, AffectedStatus.Fixed),
            (status.Fixed, AffectedStatus.Fixed),
            (status.KnownNotAffected, AffectedStatus.NotAffected),
            (status.UnderInvestigation, AffectedStatus.UnderInvestigation),
            (status.Recommended, AffectedStatus.Recommended),
        };
        var seen = new HashSet<(string, AffectedStatus)>();
        foreach (var (ids, normalized) in lists)
        {
            foreach (var id in ids.Where(id => seen.Add((id, normalized))))
            {
                // Justification and impact explain "not affected"; on other statuses they would mislead.
                var notAffected = normalized == AffectedStatus.NotAffected;
                yield return resolver.Statement(
                    cveId, id, normalized, notAffected ? justifications.GetValueOrDefault(id) : null, notAffected ? impacts.GetValueOrDefault(id) : null);
            }
        }
    }

    private static NormalizedVulnerability Vulnerability(string cveId, CsafVulnerability v)
    {
        var description = v.Notes.FirstOrDefault(n => n.Category == CsafNoteCategory.Description)
            ?? v.Notes.FirstOrDefault(n => n.Category == CsafNoteCategory.Summary)
            ?? v.Notes.FirstOrDefault(n => n.Category == CsafNoteCategory.Details);
        var cvss = v.Scores
            .SelectMany(s => new[]
            {
                s.CvssV3 is { } v3 ? new NormalizedCvss(v3.Version, v3.VectorString, v3.BaseScore, v3.BaseSeverity) : null,
                s.CvssV2 is { } v2 ? new NormalizedCvss(v2.Version, v2.VectorString, v2.BaseScore, null) : null,
            })
            .OfType<NormalizedCvss>()
            .DistinctBy(c => c.Vector, StringComparer.Ordinal)
            .ToList();
        var exploit = v.Threats.FirstOrDefault(t => t.Category == CsafThreatCategory.ExploitStatus);
        return new NormalizedVulnerability(
            cveId,
            v.Ids.Select(id => id.Text).Where(t => !string.Equals(t, cveId, StringComparison.Ordinal)).ToList(),
            v.Title,
            description?.Text,
            v.Cwe is { } cwe ? [new NormalizedCwe(cwe.Id, cwe.Name)] : [],
            cvss,
            v.References.Select(Reference).ToList(),
            exploit is null ? null : new ExploitationFacts(null, null, null, null, null, null, null, exploit.Details),
            v.ReleaseDate,
            v.DiscoveryDate);
    }

    private static RemediationCategory Category(CsafRemediationCategory category) => category switch
    {
        CsafRemediationCategory.VendorFix => RemediationCategory.VendorFix,
        CsafRemediationCategory.Mitigation => RemediationCategory.Mitigation,
        CsafRemediationCategory.Workaround => RemediationCategory.Workaround,
        CsafRemediationCategory.NoneAvailable => RemediationCategory.NoneAvailable,
        CsafRemediationCategory.NoFixPlanned => RemediationCategory.NoFixPlanned,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown CSAF remediation category"),
    };

    private static AdvisoryReference Reference(CsafReference r) => new(r.Url.ToString(), r.Summary, CsafEnumNames.ToJson(r.Category));
}
