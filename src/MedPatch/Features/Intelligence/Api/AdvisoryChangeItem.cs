namespace MedPatch.Features.Intelligence.Api;

/// <summary>What changed from the previous stored revision: a product status, a remediation, a score.</summary>
public sealed record AdvisoryChangeItem(string Kind, string? FromVersion, string? Cve, string? Product, string? Before, string? After);
