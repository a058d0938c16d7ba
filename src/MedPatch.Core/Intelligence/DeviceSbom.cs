namespace MedPatch.Core.Intelligence;

/// <summary>
/// A software bill of materials of a device model (optionally of one software version of it), kept verbatim.
/// Only the current SBOM of a model + version has components; a replaced one keeps its document row for history.
/// </summary>
public sealed class DeviceSbom : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DeviceModelId { get; set; }
    public string? ModelVersion { get; set; }

    /// <summary>cyclonedx or spdx.</summary>
    public required string Format { get; set; }

    public string? SpecVersion { get; set; }
    public string? SerialNumber { get; set; }
    public bool IsCurrent { get; set; }
    public required string Sha256 { get; set; }
    public DateTime ImportedAt { get; set; }
    public required byte[] Content { get; set; }
}
