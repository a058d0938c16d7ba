namespace MedPatch.Core.Organizations;

/// <summary>A hospital or other site of a health system.</summary>
public sealed class Facility
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? Code { get; set; }
}
