namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// One difference between two revisions. Labels describe the product as the newer revision names it (the older one
/// when the product was removed); <see cref="Before"/> and <see cref="After"/> are short texts for people.
/// </summary>
public sealed record AdvisoryRevisionChange(
    AdvisoryRevisionChangeKind Kind,
    string? CveId,
    string? ProductKey,
    string? Vendor,
    string? Product,
    string? Version,
    string? Before,
    string? After);
