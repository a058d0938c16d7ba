namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// A FIRST CVSS v2.0 object: the vector and the scores as given (not recomputed); <paramref name="Metrics"/> holds
/// the other given string members (accessVector …) by their JSON names.
/// </summary>
public sealed record CsafCvssV2(
    string Version,
    string VectorString,
    decimal BaseScore,
    decimal? TemporalScore,
    decimal? EnvironmentalScore,
    IReadOnlyDictionary<string, string> Metrics);
