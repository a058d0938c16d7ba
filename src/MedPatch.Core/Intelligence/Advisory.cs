namespace MedPatch.Core.Intelligence;

/// <summary>
/// A published document about vulnerabilities (a CSAF advisory, a CVE record, an NVD entry), identified by its
/// publisher's namespace and tracking id. Its fields follow the current (newest) revision.
/// </summary>
public sealed class Advisory : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The publisher's namespace URL ("https://www.cisa.gov"), or the CNA/NVD source for CVE records.</summary>
    public required string PublisherNamespace { get; set; }

    public required string TrackingId { get; set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }

    /// <summary>CSAF document category ("csaf_security_advisory", "csaf_vex"), or the source kind.</summary>
    public string? Category { get; set; }

    /// <summary>draft / interim / final.</summary>
    public string? Status { get; set; }

    public required string CurrentVersion { get; set; }
    public DateTime? InitialReleaseDate { get; set; }
    public DateTime? CurrentReleaseDate { get; set; }
    public string? Tlp { get; set; }

    /// <summary>csaf, cve or nvd.</summary>
    public required string SourceFormat { get; set; }

    public Guid? CurrentRevisionId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
