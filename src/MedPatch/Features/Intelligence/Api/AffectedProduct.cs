namespace MedPatch.Features.Intelligence.Api;

/// <summary>A product an advisory speaks of, with its status for each CVE.</summary>
public sealed record AffectedProduct(
    string ProductKey,
    string? Vendor,
    string? Product,
    string? Version,
    string? VersionRange,
    IReadOnlyList<string> ModelNumbers,
    string? Cpe,
    string? Purl,
    IReadOnlyList<ProductCveStatus> Statuses);
