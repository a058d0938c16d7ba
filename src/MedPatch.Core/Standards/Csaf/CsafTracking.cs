namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// Version and life cycle of the document (section 3.2.1.12). <paramref name="Version"/> and revision numbers are
/// strings because the standard allows integer versioning ("3") and semantic versioning ("1.0.0").
/// </summary>
public sealed record CsafTracking(
    string Id,
    CsafTrackingStatus Status,
    string Version,
    DateTimeOffset InitialReleaseDate,
    DateTimeOffset CurrentReleaseDate,
    IReadOnlyList<CsafRevision> RevisionHistory,
    CsafGenerator? Generator,
    IReadOnlyList<string> Aliases);
