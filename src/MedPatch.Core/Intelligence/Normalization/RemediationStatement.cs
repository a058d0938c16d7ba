namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// A remediation for one product and vulnerability. <see cref="ProductKey"/> is null when the source does not name
/// products (CVE solutions and workarounds apply to every affected product of the record).
/// </summary>
public sealed record RemediationStatement(
    string CveId,
    string? ProductKey,
    RemediationCategory Category,
    string Details,
    string? Url,
    DateTimeOffset? Date);
