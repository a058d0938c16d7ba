namespace MedPatch.Core.Intelligence;

/// <summary>A remediation of an advisory's current revision: vendor_fix, mitigation, workaround, no_fix_planned, none_available.</summary>
public sealed class Remediation : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AdvisoryId { get; set; }
    public Guid AdvisoryRevisionId { get; set; }
    public Guid? VulnerabilityId { get; set; }
    public string? CveId { get; set; }
    public required string Category { get; set; }
    public string? Details { get; set; }
    public string? Url { get; set; }
    public DateTime? Date { get; set; }

    /// <summary>The product it applies to (CSAF product_id); null when the source names none (all affected products).</summary>
    public string? ProductKey { get; set; }

    /// <summary>The product for people: vendor, name and version.</summary>
    public string? Product { get; set; }
}
