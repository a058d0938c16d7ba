namespace MedPatch.Core.Standards.Csaf;

/// <summary>What to do about the vulnerability (section 3.2.3.12).</summary>
public sealed record CsafRemediation(
    CsafRemediationCategory Category,
    string Details,
    DateTimeOffset? Date,
    string? Url,
    IReadOnlyList<string> ProductIds,
    IReadOnlyList<string> GroupIds,
    IReadOnlyList<string> Entitlements,
    CsafRestartRequired? RestartRequired);

/// <summary>Which restart applying the remediation needs.</summary>
public sealed record CsafRestartRequired(CsafRestartCategory Category, string? Details);
