namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>What changed between two revisions of one advisory; the order is the order changes are reported in.</summary>
public enum AdvisoryRevisionChangeKind
{
    AdvisoryStatusChanged,
    VulnerabilityAdded,
    VulnerabilityRemoved,
    ScoreChanged,
    StatementAdded,
    StatementRemoved,
    StatusChanged,
    VersionChanged,
    JustificationChanged,
    RemediationAdded,
    RemediationRemoved,
    RemediationChanged,
}
