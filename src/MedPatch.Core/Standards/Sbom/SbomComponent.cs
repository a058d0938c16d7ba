namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// A component (CycloneDX) or package (SPDX). Nested CycloneDX components are flattened into the document's list;
/// <see cref="ParentRef"/> names the component they were nested in.
/// </summary>
public sealed record SbomComponent
{
    /// <summary>The CycloneDX bom-ref or the SPDX SPDXID; null when the document gives none.</summary>
    public string? Ref { get; init; }

    /// <summary>CycloneDX component type (library, firmware, device …) or SPDX primaryPackagePurpose in lower case.</summary>
    public string? Type { get; init; }

    public required string Name { get; init; }

    public string? Group { get; init; }

    public string? Version { get; init; }

    public string? Supplier { get; init; }

    public string? Purl { get; init; }

    public string? Cpe { get; init; }

    public IReadOnlyList<SbomHash> Hashes { get; init; } = [];

    /// <summary>SPDX license ids, license names or expressions, as written.</summary>
    public IReadOnlyList<string> Licenses { get; init; } = [];

    public string? Description { get; init; }

    public IReadOnlyList<SbomProperty> Properties { get; init; } = [];

    /// <summary>CycloneDX scope: required, optional or excluded.</summary>
    public string? Scope { get; init; }

    public string? ParentRef { get; init; }

    /// <summary>The value of the first property with this name (ordinal, case-insensitive), e.g. "End-of-Support".</summary>
    public string? Property(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
