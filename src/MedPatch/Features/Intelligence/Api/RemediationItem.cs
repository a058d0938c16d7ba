namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// A remediation of the current revision: the CVEs it is given for and the products it applies to (none listed:
/// all affected products). Advisories repeat one remediation under every CVE; here it appears once.
/// </summary>
public sealed record RemediationItem(string Category, string? Details, string? Url, DateTime? Date, IReadOnlyList<string> Cves, IReadOnlyList<string> Products);
