namespace MedPatch.Core.Matching;

/// <summary>
/// What one statement says about one device group; the best candidate becomes the exposure. The reason is built only
/// for the winner: formatting a sentence for every group and statement would cost more than the matching.
/// </summary>
internal sealed record Candidate(
    ExposureState State,
    MatchConfidence Confidence,
    MatchRule Rule,
    bool VersionSpecific,
    Func<string> Reason,
    MatchStatement Statement,
    string? FixedVersion,
    bool PatchAvailable,
    bool Unsupported = false)
{
    /// <summary>For a device resolved by reading "fixed in V" as V and later: V and the device's version.</summary>
    public (string Fixed, string Device)? LaterThan { get; init; }

    /// <summary>Not-affected outranks fixed outranks affected: a maker's specific word against a broader claim.</summary>
    public int StateRank => State switch
    {
        ExposureState.Suppressed => 3,
        ExposureState.Resolved => 2,
        ExposureState.Affected => 1,
        _ => 0,
    };
}
