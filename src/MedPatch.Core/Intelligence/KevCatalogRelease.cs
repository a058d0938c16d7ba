namespace MedPatch.Core.Intelligence;

/// <summary>An imported release of CISA's Known Exploited Vulnerabilities catalog.</summary>
public sealed class KevCatalogRelease : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string CatalogVersion { get; set; }
    public DateTime DateReleased { get; set; }
    public int Count { get; set; }
    public DateTime ImportedAt { get; set; }
}
