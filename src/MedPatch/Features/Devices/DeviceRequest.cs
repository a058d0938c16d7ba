using System.ComponentModel;

namespace MedPatch.Features.Devices;

/// <summary>
/// Body of <c>POST /api/v1/devices</c> and <c>PUT /api/v1/devices/{id}</c>. A PUT replaces every field, so a field
/// left out is cleared. Enumerations and the date travel as strings so a wrong value comes back as a validation
/// error naming the field instead of an anonymous "bad JSON" answer.
/// </summary>
public sealed record DeviceRequest
{
    [Description("Facility id; either this or facility (the name) is required.")]
    public Guid? FacilityId { get; init; }

    [Description("Facility name, used when facility_id is absent.")]
    public string? Facility { get; init; }

    [Description("Device model id (see /api/v1/models).")]
    public Guid? ModelId { get; init; }

    [Description("Unique within the facility; either this or serial_number is required.")]
    public string? AssetTag { get; init; }

    public string? SerialNumber { get; init; }

    public string? SoftwareVersion { get; init; }

    public string? Department { get; init; }

    public string? Building { get; init; }

    public string? Floor { get; init; }

    public string? Room { get; init; }

    [Description("IPv4 dotted quad or IPv6.")]
    public string? IpAddress { get; init; }

    [Description("Any common MAC notation; stored as 00:1A:2B:3C:4D:5E.")]
    public string? MacAddress { get; init; }

    public string? Hostname { get; init; }

    [Description("Network segment or VLAN name; created on first use.")]
    public string? NetworkSegment { get; init; }

    [Description("low, medium, high or life_critical.")]
    public string? ClinicalCriticality { get; init; }

    public bool? PatientConnected { get; init; }

    public bool? StoresPhi { get; init; }

    [Description("in_service (default), out_of_service or retired.")]
    public string? InService { get; init; }

    public string? CmmsId { get; init; }

    public string? UdiDi { get; init; }

    [Description("Device-specific end of support (yyyy-MM-dd); overrides the model's date.")]
    public string? EndOfSupport { get; init; }
}
