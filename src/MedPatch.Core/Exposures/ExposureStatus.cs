namespace MedPatch.Core.Exposures;

/// <summary>
/// Where the people handling an exposure are (PRODUCT.md §4): a new match is <see cref="Open"/>; triage and
/// remediation move it on. Matching never sets anything but <see cref="Open"/> on a new row and keeps the status of
/// rows it finds again.
/// </summary>
public enum ExposureStatus
{
    Open,
    FalsePositive,
    NotApplicable,
    Confirmed,
    AwaitingVendor,
    PatchAvailable,
    Scheduled,
    Installed,
    Verified,
    Closed,
    Mitigated,
    RiskAccepted,
    ReplacementPlanned,
    Retired,
}
