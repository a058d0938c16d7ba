namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>The snake_case labels of the normalization enums, as CSAF spells them (stable for storage and APIs).</summary>
public static class NormalizationLabels
{
    public static string ToLabel(this AdvisorySource source) => source switch
    {
        AdvisorySource.Csaf => "csaf",
        AdvisorySource.Cve => "cve",
        _ => "nvd",
    };

    public static string ToLabel(this AffectedStatus status) => status switch
    {
        AffectedStatus.Affected => "affected",
        AffectedStatus.NotAffected => "not_affected",
        AffectedStatus.Fixed => "fixed",
        AffectedStatus.UnderInvestigation => "under_investigation",
        _ => "recommended",
    };

    public static string ToLabel(this RemediationCategory category) => category switch
    {
        RemediationCategory.VendorFix => "vendor_fix",
        RemediationCategory.Mitigation => "mitigation",
        RemediationCategory.Workaround => "workaround",
        RemediationCategory.NoneAvailable => "none_available",
        RemediationCategory.NoFixPlanned => "no_fix_planned",
        RemediationCategory.FixPlanned => "fix_planned",
        _ => "optional_patch",
    };

    public static string ToLabel(this AdvisoryRevisionChangeKind kind) => kind switch
    {
        AdvisoryRevisionChangeKind.AdvisoryStatusChanged => "advisory_status_changed",
        AdvisoryRevisionChangeKind.VulnerabilityAdded => "vulnerability_added",
        AdvisoryRevisionChangeKind.VulnerabilityRemoved => "vulnerability_removed",
        AdvisoryRevisionChangeKind.ScoreChanged => "score_changed",
        AdvisoryRevisionChangeKind.StatementAdded => "statement_added",
        AdvisoryRevisionChangeKind.StatementRemoved => "statement_removed",
        AdvisoryRevisionChangeKind.StatusChanged => "status_changed",
        AdvisoryRevisionChangeKind.VersionChanged => "version_changed",
        AdvisoryRevisionChangeKind.JustificationChanged => "justification_changed",
        AdvisoryRevisionChangeKind.RemediationAdded => "remediation_added",
        AdvisoryRevisionChangeKind.RemediationRemoved => "remediation_removed",
        _ => "remediation_changed",
    };

    /// <summary>Maps a CSAF remediation category; null for a category this version does not know.</summary>
    public static RemediationCategory? ParseRemediationCategory(string? category) => category switch
    {
        "vendor_fix" => RemediationCategory.VendorFix,
        "mitigation" => RemediationCategory.Mitigation,
        "workaround" => RemediationCategory.Workaround,
        "none_available" => RemediationCategory.NoneAvailable,
        "no_fix_planned" => RemediationCategory.NoFixPlanned,
        "fix_planned" => RemediationCategory.FixPlanned,
        "optional_patch" => RemediationCategory.OptionalPatch,
        _ => null,
    };
}
