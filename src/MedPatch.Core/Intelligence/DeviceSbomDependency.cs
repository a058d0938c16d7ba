namespace MedPatch.Core.Intelligence;

/// <summary>One edge of an SBOM's dependency graph, by component reference.</summary>
public sealed class DeviceSbomDependency : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SbomId { get; set; }
    public required string Ref { get; set; }
    public required string DependsOn { get; set; }
}
