namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// One revision of an advisory. <see cref="RevisionId"/>, <see cref="ImportedAt"/> and <see cref="Sha256"/> are
/// null for a revision the current document's history lists but whose own document was never imported.
/// </summary>
public sealed record AdvisoryRevisionItem(
    string Version,
    DateTime? Date,
    string? Summary,
    Guid? RevisionId,
    DateTime? ImportedAt,
    string? Sha256,
    bool IsCurrent,
    IReadOnlyList<AdvisoryChangeItem> Changes);
