namespace MedPatch.Core.Organizations;

/// <summary>A tenant: a health system, a manufacturer or the hub operator. Every inventory row belongs to one.</summary>
public sealed class Organization
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public OrganizationKind Kind { get; set; } = OrganizationKind.HealthSystem;
}
