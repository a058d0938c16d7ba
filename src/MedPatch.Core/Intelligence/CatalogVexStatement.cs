namespace MedPatch.Core.Intelligence;

/// <summary>
/// A VEX statement: whether a product or component is affected by a vulnerability, and why not when it is not
/// (the justification). From an SBOM's vulnerabilities or from a CSAF VEX advisory.
/// </summary>
public sealed class CatalogVexStatement : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public VexSource Source { get; set; }
    public Guid? SbomId { get; set; }
    public Guid? AdvisoryId { get; set; }
    public Guid? VulnerabilityId { get; set; }

    /// <summary>The vulnerability id as the source wrote it (a CVE id or a vendor id).</summary>
    public required string VulnerabilityRef { get; set; }

    /// <summary>The product or component the statement is about (bom-ref, CSAF product id, purl or name).</summary>
    public string? ProductRef { get; set; }

    public required string Status { get; set; }
    public string? Justification { get; set; }
    public string? Detail { get; set; }
}
