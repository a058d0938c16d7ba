using MedPatch.Core.Devices;

namespace MedPatch.Features.Devices;

public sealed record DeviceListItem(
    Guid Id,
    string? AssetTag,
    string? SerialNumber,
    string Facility,
    string Manufacturer,
    string Model,
    Guid ModelId,
    string? DeviceType,
    string? SoftwareVersion,
    string? Location,
    string? IpAddress,
    string? MacAddress,
    string? Hostname,
    string? NetworkSegment,
    ClinicalCriticality? ClinicalCriticality,
    bool? PatientConnected,
    bool? StoresPhi,
    InServiceState InService,
    DateOnly? EndOfSupport,
    SupportStatus SupportStatus,
    string? CmmsId,
    string? UdiDi,
    DateTime? LastSeen)
{
    // The parts behind Location, the device's own date behind EndOfSupport, and the model's first number: what an
    // export needs to write the canonical import columns back without a second query.
    public string? Department { get; init; }

    public string? Building { get; init; }

    public string? Floor { get; init; }

    public string? Room { get; init; }

    /// <summary>The device's own end of support, when it overrides the model's.</summary>
    public DateOnly? OwnEndOfSupport { get; init; }

    public string? ModelNumber { get; init; }
}
