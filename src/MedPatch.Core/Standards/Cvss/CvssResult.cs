namespace MedPatch.Core.Standards.Cvss;

/// <summary>
/// The scores of one vector. For v2 and v3.x the base, temporal and environmental scores; for v4.0 only
/// <see cref="BaseScore"/>, the one score of the metrics present (CVSS v4.0 specification section 2).
/// </summary>
public sealed record CvssResult(
    string Vector,
    string Version,
    decimal BaseScore,
    decimal? TemporalScore,
    decimal? EnvironmentalScore,
    string Severity);
