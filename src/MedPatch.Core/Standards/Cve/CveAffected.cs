namespace MedPatch.Core.Standards.Cve;

/// <summary>One affected product. Versions not listed take <see cref="DefaultStatus"/> (unaffected when absent).</summary>
public sealed record CveAffected(
    string? Vendor,
    string? Product,
    string? CollectionUrl,
    string? PackageName,
    string? DefaultStatus,
    IReadOnlyList<CveAffectedVersion> Versions,
    IReadOnlyList<string> Cpes,
    IReadOnlyList<string> Modules,
    IReadOnlyList<string> Platforms);

/// <summary>
/// A version or a range: from <see cref="Version"/> up to <see cref="LessThan"/> or <see cref="LessThanOrEqual"/>,
/// compared by <see cref="VersionType"/>; <see cref="Changes"/> switch the status at later versions.
/// </summary>
public sealed record CveAffectedVersion(
    string Version,
    string Status,
    string? VersionType,
    string? LessThan,
    string? LessThanOrEqual,
    IReadOnlyList<CveVersionChange> Changes)
{
    public bool IsRange => LessThan is not null || LessThanOrEqual is not null;
}

public sealed record CveVersionChange(string At, string Status);
