namespace MedPatch.Core.Standards.Cve;

/// <summary>
/// A CNA or ADP container. Both share one shape in the schema; a rejected record's CNA container holds only
/// <see cref="Descriptions"/> (its rejectedReasons).
/// </summary>
public sealed record CveContainer(
    string? ProviderOrgId,
    string? ProviderShortName,
    string? Title,
    IReadOnlyList<CveText> Descriptions,
    IReadOnlyList<CveAffected> Affected,
    IReadOnlyList<CveProblemType> ProblemTypes,
    IReadOnlyList<CveCvssMetric> CvssMetrics,
    CveSsvc? Ssvc,
    CveKev? Kev,
    IReadOnlyList<CveReference> References,
    IReadOnlyList<CveText> Solutions,
    IReadOnlyList<CveText> Workarounds,
    IReadOnlyList<CveText> Exploits,
    IReadOnlyList<CveTimelineEvent> Timeline)
{
    /// <summary>The CWE ids named by the problem types, in order and without repeats.</summary>
    public IReadOnlyList<string> CweIds => ProblemTypes.Select(p => p.CweId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>A text in one language (descriptions, solutions, workarounds, exploits).</summary>
public sealed record CveText(string Lang, string Value);

/// <summary>One problem type description; <see cref="CweId"/> is set when it names a CWE.</summary>
public sealed record CveProblemType(string Lang, string Description, string? CweId, string? Type);

/// <summary>A CVSS score as the record states it; recompute with CvssCalculator to check it.</summary>
public sealed record CveCvssMetric(string Version, string VectorString, decimal? BaseScore, string? BaseSeverity, IReadOnlyList<string> Scenarios);

public sealed record CveReference(string Url, string? Name, IReadOnlyList<string> Tags);

public sealed record CveTimelineEvent(DateTimeOffset? Time, string Lang, string Value);

/// <summary>SSVC decision point values from an ADP metrics[].other of type "ssvc" (CISA vulnrichment).</summary>
public sealed record CveSsvc(
    string? Version,
    string? Role,
    DateTimeOffset? Timestamp,
    IReadOnlyDictionary<string, string> Options)
{
    public string? Exploitation => Options.GetValueOrDefault("Exploitation");

    public string? Automatable => Options.GetValueOrDefault("Automatable");

    public string? TechnicalImpact => Options.GetValueOrDefault("Technical Impact");
}

/// <summary>A KEV listing from an ADP metrics[].other of type "kev".</summary>
public sealed record CveKev(DateOnly? DateAdded, string? Reference);
