namespace MedPatch.Features.Intelligence;

/// <summary>The outcome of an EPSS import; serialised as the <c>--json</c> output.</summary>
/// <param name="Scores">Rows stored in epss_scores (every scored CVE).</param>
/// <param name="Updated">Known vulnerabilities whose score was set from this file.</param>
/// <param name="Unchanged">The same file was imported before: nothing was written.</param>
/// <param name="Older">The file scores an earlier day than the newest one imported: nothing was written.</param>
public sealed record EpssImportResult(
    string File,
    string? ModelVersion,
    DateOnly? ScoreDate,
    int Scores,
    int Updated,
    bool Unchanged,
    bool Older);
