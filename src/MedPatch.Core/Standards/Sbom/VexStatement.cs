namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// What a document says about one vulnerability: which components (bom-refs, or purls and BOM-links when the
/// statement points outside the document) it concerns, and the analysis of the supplier.
/// </summary>
public sealed record VexStatement
{
    /// <summary>The identifier as written, usually a CVE id (CVE-2021-44228), otherwise GHSA, vendor ids, …</summary>
    public required string VulnerabilityId { get; init; }

    /// <summary>The source of the identifier (NVD, GitHub, the manufacturer …).</summary>
    public string? Source { get; init; }

    public IReadOnlyList<string> AffectedRefs { get; init; } = [];

    /// <summary>Null when the document gives no analysis (a plain vulnerability listing rather than a VEX).</summary>
    public VexStatus? Status { get; init; }

    /// <summary>The status exactly as written, e.g. the CycloneDX analysis.state "false_positive".</summary>
    public string? StatusAsWritten { get; init; }

    /// <summary>CycloneDX analysis.justification as written, e.g. code_not_reachable.</summary>
    public string? Justification { get; init; }

    /// <summary>CycloneDX analysis.response values: can_not_fix, will_not_fix, update, rollback, workaround_available.</summary>
    public IReadOnlyList<string> Responses { get; init; } = [];

    public string? Detail { get; init; }

    public string? Recommendation { get; init; }

    public IReadOnlyList<VexAffectedVersion> AffectedVersions { get; init; } = [];
}
