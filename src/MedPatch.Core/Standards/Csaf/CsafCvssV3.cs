namespace MedPatch.Core.Standards.Csaf;

/// <summary>A FIRST CVSS v3.0 or v3.1 object, scores and severities as given.</summary>
public sealed record CsafCvssV3(
    string Version,
    string VectorString,
    decimal BaseScore,
    string BaseSeverity,
    decimal? TemporalScore,
    string? TemporalSeverity,
    decimal? EnvironmentalScore,
    string? EnvironmentalSeverity,
    IReadOnlyDictionary<string, string> Metrics);
