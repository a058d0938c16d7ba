namespace MedPatch.Core.Manufacturers;

/// <summary>One way a manufacturer announces vulnerabilities and patches.</summary>
public sealed class NotificationChannel
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ManufacturerId { get; set; }
    public ChannelKind Kind { get; set; }

    /// <summary>A URL, an email address or a postal address, depending on <see cref="Kind"/>.</summary>
    public required string Address { get; set; }

    public string? Notes { get; set; }
}
