using MedPatch.Core.Devices;

namespace MedPatch.Features.Devices;

/// <summary>
/// One device with everything the API and the device page show: ids for round trips (a PUT can send the same
/// values back), location parts, and both the device's own and the model's support dates.
/// </summary>
public sealed record DeviceResponse(
    Guid Id,
    string? AssetTag,
    string? SerialNumber,
    Guid FacilityId,
    string Facility,
    Guid ManufacturerId,
    string Manufacturer,
    Guid ModelId,
    string Model,
    string? DeviceType,
    string? SoftwareVersion,
    string? Department,
    string? Building,
    string? Floor,
    string? Room,
    string? IpAddress,
    string? MacAddress,
    string? Hostname,
    string? NetworkSegment,
    ClinicalCriticality? ClinicalCriticality,
    bool? PatientConnected,
    bool? StoresPhi,
    InServiceState InService,
    string? CmmsId,
    string? UdiDi,
    DateOnly? EndOfSupport,
    DateOnly? ModelEndOfSale,
    DateOnly? ModelEndOfSupport,
    SupportStatus SupportStatus,
    DateTime? LastSeen,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>The date that decides the support status: the device's own, else the model's.</summary>
    public DateOnly? EffectiveEndOfSupport => EndOfSupport ?? ModelEndOfSupport;

    public string? Location =>
        string.Join(" / ", new[] { Department, Building, Floor, Room }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } text ? text : null;
}
