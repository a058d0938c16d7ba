namespace MedPatch.Core.Devices;

/// <summary>One physical asset.</summary>
public sealed class Device
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid FacilityId { get; set; }
    public Guid? LocationId { get; set; }
    public Guid DeviceModelId { get; set; }
    public string? AssetTag { get; set; }
    public string? SerialNumber { get; set; }
    public string? SoftwareVersion { get; set; }
    public string? IpAddress { get; set; }

    /// <summary>Canonical form: six upper-case hex pairs joined by colons.</summary>
    public string? MacAddress { get; set; }

    public string? Hostname { get; set; }
    public Guid? NetworkSegmentId { get; set; }
    public ClinicalCriticality? ClinicalCriticality { get; set; }
    public bool? PatientConnected { get; set; }
    public bool? StoresPhi { get; set; }
    public InServiceState InService { get; set; } = InServiceState.InService;
    public string? CmmsId { get; set; }
    public string? UdiDi { get; set; }

    /// <summary>A device-specific end of support (an extended contract, say); overrides the model's date.</summary>
    public DateOnly? EndOfSupport { get; set; }

    public DateTime? LastSeen { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
