namespace MedPatch.Core.Manufacturers;

/// <summary>A device maker in the shared catalog, known under several names.</summary>
public sealed class Manufacturer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>The name reduced by <see cref="ManufacturerName.Normalize"/>; unique across the catalog.</summary>
    public required string NormalizedName { get; set; }

    public string? PsirtContact { get; set; }
    public string? Website { get; set; }
    public List<ManufacturerAlias> Aliases { get; set; } = [];
    public List<NotificationChannel> Channels { get; set; } = [];
}
