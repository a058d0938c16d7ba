namespace MedPatch.Core.Standards.Kev;

/// <summary>One release of the CISA Known Exploited Vulnerabilities catalog.</summary>
/// <param name="Count">The count the catalog states; readers check it against <paramref name="Vulnerabilities"/>.</param>
public sealed record KevCatalog(
    string? Title,
    string CatalogVersion,
    DateTimeOffset DateReleased,
    int Count,
    IReadOnlyList<KevVulnerability> Vulnerabilities);
