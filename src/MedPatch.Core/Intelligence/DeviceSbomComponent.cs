namespace MedPatch.Core.Intelligence;

/// <summary>A component listed by a device model's SBOM.</summary>
public sealed class DeviceSbomComponent : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SbomId { get; set; }

    /// <summary>The component's reference inside its SBOM (CycloneDX bom-ref, SPDX SPDXID).</summary>
    public string? Ref { get; set; }

    public required string Name { get; set; }
    public string? Version { get; set; }
    public string? Type { get; set; }
    public string? Purl { get; set; }
    public string? Cpe { get; set; }
    public string? Supplier { get; set; }

    /// <summary>{"SHA-256": "…"} as JSON.</summary>
    public string? HashesJson { get; set; }

    /// <summary>Name/value properties as JSON.</summary>
    public string? PropertiesJson { get; set; }
}
