namespace MedPatch.Features.Intelligence.Api;

/// <summary>What the advisory list may be narrowed by; null or blank means no condition.</summary>
public sealed record AdvisoryFilter(string? Cve = null, string? Manufacturer = null, string? Product = null, string? Search = null, string? Source = null)
{
    /// <summary>The formats advisories are imported from: CSAF documents, CVE JSON 5 records, NVD API entries.</summary>
    public static IReadOnlyList<string> Sources { get; } = ["csaf", "cve", "nvd"];

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Cve) && string.IsNullOrWhiteSpace(Manufacturer) && string.IsNullOrWhiteSpace(Product) && string.IsNullOrWhiteSpace(Search) &&
        string.IsNullOrWhiteSpace(Source);
}
