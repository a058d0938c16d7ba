namespace MedPatch.Features.Intelligence.Api;

/// <summary>What one advisory says about one product and one CVE.</summary>
public sealed record AffectedStatementItem(
    Guid AdvisoryId,
    string AdvisoryTrackingId,
    string? Cve,
    string? Vendor,
    string? Product,
    string? Version,
    string? VersionRange,
    string Status,
    string? Justification,
    string? RemediationSummary,
    string Source);
