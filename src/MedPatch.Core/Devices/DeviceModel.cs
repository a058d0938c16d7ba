namespace MedPatch.Core.Devices;

/// <summary>A manufacturer's product line or model, with its support lifecycle and patch policy.</summary>
public sealed class DeviceModel
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ManufacturerId { get; set; }
    public required string Name { get; set; }

    /// <summary>Case- and punctuation-insensitive key of <see cref="Name"/>, unique per manufacturer.</summary>
    public required string NormalizedName { get; set; }

    public List<string> ModelNumbers { get; set; } = [];
    public string? DeviceType { get; set; }
    public string? ClinicalFunction { get; set; }
    public DateOnly? EndOfSale { get; set; }
    public DateOnly? EndOfSupport { get; set; }
    public PatchPolicy PatchPolicy { get; set; } = new();
    public int? TypicalInstallMinutes { get; set; }
}
