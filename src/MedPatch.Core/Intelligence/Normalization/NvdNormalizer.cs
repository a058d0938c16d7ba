using MedPatch.Core.Standards.Cpe;
using MedPatch.Core.Standards.Nvd;

namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// An NVD API 2.0 CVE item as an advisory of one vulnerability. Every vulnerable cpeMatch of the configurations
/// is an affected statement with its CPE and its version bounds as a vers range; the non-vulnerable matches of an
/// AND configuration are the platform it has to run on and become the statement's relationship.
/// </summary>
public static class NvdNormalizer
{
    public static NormalizedAdvisory Normalize(NvdCve cve)
    {
        ArgumentNullException.ThrowIfNull(cve);
        var references = cve.References.Select(r => new AdvisoryReference(r.Url, r.Source, r.Tags.Count == 0 ? null : string.Join(',', r.Tags))).ToList();
        var kev = cve.Kev;
        var vulnerability = new NormalizedVulnerability(
            cve.Id,
            [],
            kev?.VulnerabilityName,
            (cve.Descriptions.FirstOrDefault(d => d.Lang.StartsWith("en", StringComparison.OrdinalIgnoreCase)) ?? cve.Descriptions.FirstOrDefault())?.Value,
            cve.CweIds.Select(id => new NormalizedCwe(id, null)).ToList(),
            cve.Metrics.Select(m => new NormalizedCvss(m.Version, m.VectorString, m.BaseScore, m.BaseSeverity)).DistinctBy(m => m.Vector, StringComparer.Ordinal).ToList(),
            references,
            kev is null ? null : new ExploitationFacts(null, null, null, null, kev.ExploitAdd, kev.ActionDue, kev.RequiredAction, null),
            cve.Published,
            null);
        return new NormalizedAdvisory(
            AdvisorySource.Nvd,
            new AdvisoryPublisher("NVD", "https://nvd.nist.gov", "analyst"),
            cve.Id,
            null,
            cve.VulnStatus,
            kev?.VulnerabilityName,
            cve.Published,
            cve.LastModified ?? cve.Published,
            null,
            null,
            [],
            [vulnerability],
            Statements(cve).ToList(),
            [],
            references);
    }

    private static IEnumerable<AffectedStatement> Statements(NvdCve cve)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var configuration in cve.Configurations)
        {
            var matches = configuration.Nodes.SelectMany(n => n.CpeMatches).ToList();
            var platforms = configuration.Operator == NvdOperator.And ? matches.Where(m => !m.Vulnerable).ToList() : [];
            var relationship = platforms.Count == 0
                ? null
                : new ProductRelationship(
                    "installed_on",
                    "",
                    null,
                    string.Join(" | ", platforms.Select(p => p.Criteria)),
                    string.Join(" | ", platforms.Select(p => Describe(p.Criteria))));
            foreach (var match in matches.Where(m => m.Vulnerable))
            {
                var key = match.MatchCriteriaId ?? match.Criteria + "|" + Bounds(match);
                if (relationship is not null)
                {
                    key += "@" + relationship.PlatformKey;
                }

                if (seen.Add(key))
                {
                    yield return Statement(cve.Id, key, match, relationship is null ? null : relationship with { ComponentKey = match.Criteria, ComponentName = Describe(match.Criteria) });
                }
            }
        }
    }

    private static AffectedStatement Statement(string cveId, string key, NvdCpeMatch match, ProductRelationship? relationship)
    {
        CpeName.TryParse(match.Criteria, out var cpe);
        var vendor = cpe is null ? null : Text(cpe.Vendor);
        var product = cpe is null ? null : Text(cpe.Product);
        string? version = null;
        string? range;
        string? raw;
        string? note = cpe is null ? "criteria is not a CPE name" : null;
        if (match.HasRange)
        {
            raw = Bounds(match);
            var lower = match.VersionStartIncluding ?? match.VersionStartExcluding;
            var upper = match.VersionEndIncluding ?? match.VersionEndExcluding;
            var converted = VersionRangeConverter.FromBounds(raw, VersionRangeConverter.DeviceScheme, lower, match.VersionStartIncluding is not null, upper, match.VersionEndIncluding is not null);
            range = converted.Vers;
            note = CveAffectedStatements.Join(note, converted.Note);
        }
        else if (cpe is not null && cpe.Version.IsText && !cpe.Version.HasWildcards)
        {
            version = cpe.Version.Unquoted;
            raw = version;
            range = null;
        }
        else
        {
            // "*" (any) or "-" (not applicable: the product has no versions) covers the whole product.
            raw = cpe is { Version.IsNotApplicable: true } ? "-" : "*";
            range = "vers:all/*";
        }

        return new AffectedStatement(
            cveId, key, vendor, product, product, version, range, raw, [], match.Criteria, null, AffectedStatus.Affected, null, null, note, relationship);
    }

    private static string Bounds(NvdCpeMatch m)
    {
        var parts = new List<string>();
        if (m.VersionStartIncluding is not null)
        {
            parts.Add(">= " + m.VersionStartIncluding);
        }

        if (m.VersionStartExcluding is not null)
        {
            parts.Add("> " + m.VersionStartExcluding);
        }

        if (m.VersionEndIncluding is not null)
        {
            parts.Add("<= " + m.VersionEndIncluding);
        }

        if (m.VersionEndExcluding is not null)
        {
            parts.Add("< " + m.VersionEndExcluding);
        }

        return parts.Count == 0 ? "*" : string.Join(" | ", parts);
    }

    private static string? Text(CpeValue value) => value.IsText ? value.Unquoted : null;

    private static string Describe(string criteria)
    {
        if (!CpeName.TryParse(criteria, out var cpe) || cpe is null)
        {
            return criteria;
        }

        return string.Join(' ', new[] { Text(cpe.Vendor), Text(cpe.Product), Text(cpe.Version) }.OfType<string>());
    }
}
