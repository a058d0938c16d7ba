namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// "Product P (at version V or in range R) has status S for vulnerability C" (C as in
/// <see cref="NormalizedVulnerability.CveId"/>). <see cref="ProductKey"/> is the CSAF
/// product_id, or for CVE/NVD a stable key built from vendor, product and the version text.
/// <see cref="VersionRange"/> is a vers string when the range could be expressed as one, else the raw range text with
/// <see cref="ConfidenceNote"/> saying why; <see cref="RawVersion"/> is always the version text as written.
/// For a CSAF relationship ("component X installed on Y") the component is described by Vendor/Product/Version and
/// the platform Y by <see cref="Relationship"/>.
/// </summary>
public sealed record AffectedStatement(
    string CveId,
    string ProductKey,
    string? Vendor,
    string? Product,
    string? ProductName,
    string? Version,
    string? VersionRange,
    string? RawVersion,
    IReadOnlyList<string> ModelNumbers,
    string? Cpe,
    string? Purl,
    AffectedStatus Status,
    string? Justification,
    string? ImpactStatement,
    string? ConfidenceNote,
    ProductRelationship? Relationship)
{
    /// <summary>Vendor, product and version in one line for people.</summary>
    public string Label => string.Join(' ', new[] { Vendor, Product, Version ?? RawVersion }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>A CSAF relationship: the component (<see cref="ComponentKey"/>) is <see cref="Category"/> the platform.</summary>
public sealed record ProductRelationship(string Category, string ComponentKey, string? ComponentName, string PlatformKey, string? PlatformName);
