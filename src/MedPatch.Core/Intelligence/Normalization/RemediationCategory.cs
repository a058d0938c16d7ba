namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>CSAF remediation categories (2.0, plus fix_planned and optional_patch from 2.1).</summary>
public enum RemediationCategory
{
    VendorFix,
    Mitigation,
    Workaround,
    NoneAvailable,
    NoFixPlanned,
    FixPlanned,
    OptionalPatch,
}
