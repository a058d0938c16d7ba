using System.Text.Json.Serialization;
using MedPatch.Features.Exposures;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// The outcome of <c>import advisories</c>, counted per advisory document; serialised as the <c>--json</c> output
/// in this order: imported, updated, unchanged, failed, errors, then the extra counts.
/// </summary>
/// <param name="Skipped">Signature and checksum files (.asc, .sha512, .sha256) recognised and not imported.</param>
/// <param name="Older">Revisions older than the stored current one: kept in the history only.</param>
public sealed record AdvisoryImportResult(
    int Imported,
    int Updated,
    int Unchanged,
    int Failed,
    IReadOnlyList<AdvisoryImportError> Errors,
    int Skipped,
    int Older,
    int Files)
{
    public bool Succeeded => Failed == 0;

    /// <summary>The tracking ids of the advisories imported or revised, whose exposures must follow.</summary>
    [JsonIgnore]
    public IReadOnlyCollection<string> ChangedAdvisories { get; init; } = [];

    /// <summary>What re-matching the vulnerabilities of those advisories changed; null when nothing was matched.</summary>
    public MatchRunResult? Matching { get; init; }
}

/// <summary>Why one file (or one document in it) was not imported.</summary>
public sealed record AdvisoryImportError(string File, string Message);
