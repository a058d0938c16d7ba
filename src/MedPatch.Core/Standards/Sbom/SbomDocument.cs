namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// A software bill of materials and/or VEX document in a format-neutral shape, read from CycloneDX (JSON or XML)
/// or SPDX 2.x JSON.
/// </summary>
public sealed record SbomDocument
{
    public required SbomFormat Format { get; init; }

    /// <summary>"1.6" for CycloneDX, "SPDX-2.3" for SPDX.</summary>
    public required string SpecVersion { get; init; }

    /// <summary>The CycloneDX serialNumber (urn:uuid:…) or the SPDX documentNamespace.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>The CycloneDX BOM version (1 when absent); SPDX has none.</summary>
    public int? Version { get; init; }

    /// <summary>The document name (SPDX name, or the CycloneDX described component's name).</summary>
    public string? Name { get; init; }

    public DateTimeOffset? Created { get; init; }

    /// <summary>Tools that produced the document, as "vendor name version" or the SPDX "Tool: …" creator text.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>The product the document describes (CycloneDX metadata.component, the package SPDX DESCRIBES).</summary>
    public SbomComponent? Subject { get; init; }

    public IReadOnlyList<SbomComponent> Components { get; init; } = [];

    public IReadOnlyList<SbomDependency> Dependencies { get; init; } = [];

    public IReadOnlyList<VexStatement> VexStatements { get; init; } = [];
}
