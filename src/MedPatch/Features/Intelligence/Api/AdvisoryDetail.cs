namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// One advisory as its current revision states it, with every revision (stored or only listed in the revision
/// history) and what changed in each.
/// </summary>
public sealed record AdvisoryDetail(
    Guid Id,
    string TrackingId,
    string PublisherNamespace,
    string? Title,
    string? Publisher,
    string? Category,
    string? Status,
    string? Tlp,
    string CurrentVersion,
    DateTime? InitialReleaseDate,
    DateTime? CurrentReleaseDate,
    string SourceFormat,
    IReadOnlyList<AdvisoryNote> Notes,
    IReadOnlyList<AdvisoryRevisionItem> Revisions,
    IReadOnlyList<AffectedProduct> AffectedProducts,
    IReadOnlyList<RemediationItem> Remediations,
    IReadOnlyList<AdvisoryVulnerabilityItem> Vulnerabilities,
    IReadOnlyList<ReferenceLink> References);
