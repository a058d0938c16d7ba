namespace MedPatch.Core.Manufacturers;

/// <summary>Another name a manufacturer is written under ("GE Healthcare" for "GE HealthCare", "Draeger" for "Dräger").</summary>
public sealed class ManufacturerAlias
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ManufacturerId { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
}
