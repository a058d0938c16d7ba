namespace MedPatch.Features.Exposures;

/// <summary>What a match run found and changed; the counts by state, confidence and decision use the labels of the listing.</summary>
public sealed record MatchRunResult(
    int Devices,
    int Statements,
    int Exposures,
    int Created,
    int Updated,
    int Removed,
    int Unresolved,
    IReadOnlyDictionary<string, int> ByState,
    IReadOnlyDictionary<string, int> ByConfidence,
    IReadOnlyDictionary<string, int> ByDecision,
    double Seconds)
{
    /// <summary>"full", "vulnerabilities" (an advisory import) or "devices" (devices or a model changed).</summary>
    public string Scope { get; init; } = "full";
}
