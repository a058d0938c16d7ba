namespace MedPatch.Features.Intelligence.Api;

/// <summary>One advisory in a list: its current revision, how many revisions are stored, the CVEs it names and the vendors it speaks of.</summary>
public sealed record AdvisoryListItem(
    Guid Id,
    string TrackingId,
    string? Title,
    string? Publisher,
    string SourceFormat,
    string CurrentVersion,
    DateTime? CurrentReleaseDate,
    int RevisionCount,
    IReadOnlyList<string> Cves,
    IReadOnlyList<string> Vendors);
