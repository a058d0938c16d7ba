namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// Whether a product is affected by a vulnerability. CSAF first_affected/known_affected/last_affected are
/// <see cref="Affected"/>, first_fixed/fixed are <see cref="Fixed"/>, known_not_affected is <see cref="NotAffected"/>.
/// </summary>
public enum AffectedStatus
{
    Affected,
    NotAffected,
    Fixed,
    UnderInvestigation,
    Recommended,
}
