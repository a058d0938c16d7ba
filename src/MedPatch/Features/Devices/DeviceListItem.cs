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
    DateTime? LastSeen);
