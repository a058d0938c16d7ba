namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// One advisory (a CSAF document, a CVE record or an NVD item) in the shape the rest of MedPatch works with:
/// every product resolved to an <see cref="AffectedStatement"/> per vulnerability, every remediation expanded per
/// product. <see cref="TrackingId"/> plus <see cref="Publisher"/> namespace identify the advisory across revisions.
/// </summary>
public sealed record NormalizedAdvisory(
    AdvisorySource Source,
    AdvisoryPublisher Publisher,
    string TrackingId,
    string? Version,
    string? Status,
    string? Title,
    DateTimeOffset? InitialRelease,
    DateTimeOffset? CurrentRelease,
    string? Tlp,
    string? AggregateSeverity,
    IReadOnlyList<AdvisoryRevision> RevisionHistory,
    IReadOnlyList<NormalizedVulnerability> Vulnerabilities,
    IReadOnlyList<AffectedStatement> Statements,
    IReadOnlyList<RemediationStatement> Remediations,
    IReadOnlyList<AdvisoryReference> References);

/// <summary>Who published the advisory; <see cref="Namespace"/> is the CSAF publisher namespace URL or the CNA org id.</summary>
public sealed record AdvisoryPublisher(string Name, string? Namespace, string? Category);

/// <summary>One revision_history entry (or a CVE/NVD published/updated event); the version is kept as published.</summary>
public sealed record AdvisoryRevision(string Number, DateTimeOffset? Date, string? Summary);

/// <summary>A reference; <see cref="Category"/> is "self"/"external" in CSAF, the tags joined by "," for CVE and NVD.</summary>
public sealed record AdvisoryReference(string Url, string? Summary, string? Category);
