namespace MedPatch.Core.Standards.Nvd;

/// <summary>One page of the NVD CVE API 2.0 (/rest/json/cves/2.0).</summary>
public sealed record NvdCveResponse(
    int ResultsPerPage,
    int StartIndex,
    int TotalResults,
    string? Format,
    string? Version,
    DateTimeOffset? Timestamp,
    IReadOnlyList<NvdCve> Vulnerabilities);

/// <summary>One CVE as NVD analyses it. NVD timestamps carry no zone; they are UTC.</summary>
public sealed record NvdCve(
    string Id,
    string? SourceIdentifier,
    DateTimeOffset? Published,
    DateTimeOffset? LastModified,
    string? VulnStatus,
    IReadOnlyList<NvdText> Descriptions,
    IReadOnlyList<NvdCvssMetric> Metrics,
    IReadOnlyList<NvdWeakness> Weaknesses,
    IReadOnlyList<NvdConfiguration> Configurations,
    IReadOnlyList<NvdReference> References,
    NvdKevFacts? Kev)
{
    /// <summary>CWE ids from all weaknesses, without NVD's placeholders (NVD-CWE-Other, NVD-CWE-noinfo).</summary>
    public IReadOnlyList<string> CweIds => Weaknesses
        .SelectMany(w => w.Descriptions)
        .Select(d => d.Value)
        .Where(v => v.StartsWith("CWE-", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}

public sealed record NvdText(string Lang, string Value);

/// <summary>A CVSS score; <see cref="Type"/> is Primary (NVD's own) or Secondary (the CNA's).</summary>
public sealed record NvdCvssMetric(string Version, string? Source, string? Type, string VectorString, decimal? BaseScore, string? BaseSeverity);

public sealed record NvdWeakness(string? Source, string? Type, IReadOnlyList<NvdText> Descriptions);

public sealed record NvdReference(string Url, string? Source, IReadOnlyList<string> Tags);

/// <summary>CISA KEV facts NVD copies onto the CVE (cisaExploitAdd and friends).</summary>
public sealed record NvdKevFacts(DateOnly? ExploitAdd, DateOnly? ActionDue, string? RequiredAction, string? VulnerabilityName);
