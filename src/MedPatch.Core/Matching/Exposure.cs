namespace MedPatch.Core.Matching;

/// <summary>
/// One device × vulnerability with the evidence that decided it: the statement, advisory and revision, the rule,
/// the confidence and one sentence a clinical engineer can check. <see cref="PatchAvailable"/> is true when the
/// device is not on a fixed version and a fix exists; <see cref="FixedVersion"/> names it when the advisory does.
/// <see cref="Unsupported"/> marks exposures of devices past end of support that no manufacturer statement covers.
/// </summary>
public sealed record Exposure(
    Guid DeviceId,
    string VulnerabilityId,
    ExposureState State,
    MatchRule Rule,
    MatchConfidence Confidence,
    string Reason,
    string AdvisoryId,
    string? AdvisoryRevision,
    string StatementId,
    bool PatchAvailable,
    string? FixedVersion,
    bool Unsupported)
{
    public ExposureKey Key => new(DeviceId, VulnerabilityId);
}

/// <summary>The identity of an exposure: one device and one vulnerability.</summary>
public readonly record struct ExposureKey(Guid DeviceId, string VulnerabilityId);
