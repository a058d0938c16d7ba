using MedPatch.Core.Intelligence.Normalization;

namespace MedPatch.Core.Matching;

/// <summary>
/// An affected statement of an advisory's current revision, with the remediation facts the engine needs.
/// <see cref="StatementId"/> must be unique; <see cref="AdvisoryId"/> groups the statements a new revision
/// replaces. <see cref="VersionRange"/> is a vers string or, when the source text could not be converted, that
/// text; <see cref="RawVersion"/> is always the text as written. <see cref="FixedVersion"/> is the first version
/// the advisory names as fixed for this product, when it names one; <see cref="PatchAvailable"/> is true when a
/// vendor fix exists for it.
/// </summary>
public sealed record MatchStatement(
    string StatementId,
    string VulnerabilityId,
    string AdvisoryId,
    string? AdvisoryRevision,
    string? Vendor,
    string? Product,
    string? ProductName,
    string? Version,
    string? VersionRange,
    string? RawVersion,
    IReadOnlyList<string> ModelNumbers,
    string? Cpe,
    string? Purl,
    AffectedStatus Status,
    string? Justification,
    string? FixedVersion,
    bool PatchAvailable,
    string? Note = null,
    string? PlatformName = null)
{
    /// <summary>"ICSMA-20-317-01 rev 1" for reasons.</summary>
    public string AdvisoryLabel => string.IsNullOrWhiteSpace(AdvisoryRevision) ? AdvisoryId : $"{AdvisoryId} rev {AdvisoryRevision}";
}
