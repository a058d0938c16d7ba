namespace MedPatch.Core.Intelligence;

/// <summary>
/// What a source says about one product version and one vulnerability: affected, fixed,
/// not_affected, under_investigation, recommended (CSAF's statuses grouped; CVE and NVD statuses mapped onto them). Statements
/// follow the advisory's current revision; older revisions keep their statements in the stored document.
/// </summary>
public sealed class CatalogAffectedStatement : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The advisory (CSAF document, CVE record or NVD entry) the statement comes from.</summary>
    public Guid AdvisoryId { get; set; }

    public Guid AdvisoryRevisionId { get; set; }
    public Guid? VulnerabilityId { get; set; }
    public string? CveId { get; set; }
    /// <summary>The CSAF product_id, or a key built from vendor, product and version for CVE and NVD.</summary>
    public required string ProductKey { get; set; }

    public string? Vendor { get; set; }

    /// <summary>The vendor reduced like a manufacturer name, to meet the catalog's manufacturers and aliases.</summary>
    public string? NormalizedVendor { get; set; }

    public string? Product { get; set; }
    public string? Version { get; set; }

    /// <summary>A version range in vers notation or as the source wrote it.</summary>
    public string? VersionRange { get; set; }

    /// <summary>The version text as the source wrote it.</summary>
    public string? VersionRaw { get; set; }

    /// <summary>The product's full name as the source wrote it.</summary>
    public string? ProductName { get; set; }

    public List<string> ModelNumbers { get; set; } = [];
    public string? Cpe { get; set; }
    public string? Purl { get; set; }
    public required string Status { get; set; }
    public string? Justification { get; set; }
    public string? RemediationSummary { get; set; }

    /// <summary>csaf, cve or nvd.</summary>
    public required string Source { get; set; }
}
