namespace MedPatch.Core.Matching;

/// <summary>
/// A statement with its models and version reading worked out once. <see cref="Unresolved"/> says why no model
/// was found (the statement still counts for SBOM components and CPEs, and is listed, never dropped silently).
/// </summary>
public sealed record ResolvedStatement(
    MatchStatement Statement,
    StatementVersion Version,
    IReadOnlyList<ModelMatch> Models,
    VendorResolution Vendor,
    string? Unresolved,
    IReadOnlyList<(string Key, string? Version)> ComponentKeys);
