namespace MedPatch.Features.Intelligence;

/// <summary>The outcome of a KEV catalog import; serialised as the <c>--json</c> output.</summary>
/// <param name="Created">Vulnerabilities MedPatch did not know, created from their catalog entry.</param>
/// <param name="Updated">Known vulnerabilities whose KEV facts were set or changed.</param>
/// <param name="Cleared">Vulnerabilities no longer in the catalog: their KEV flag was cleared.</param>
/// <param name="Older">The catalog is older than the newest one imported, so it changed nothing.</param>
public sealed record KevImportResult(
    string File,
    string CatalogVersion,
    DateTimeOffset DateReleased,
    int Entries,
    int Created,
    int Updated,
    int Unchanged,
    int Cleared,
    bool Older);
