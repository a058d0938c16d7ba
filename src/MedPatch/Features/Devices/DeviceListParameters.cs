using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Features.Devices;

/// <summary>Query string of <c>GET /api/v1/devices</c>; names are snake_case like the JSON.</summary>
public sealed class DeviceListParameters
{
    [FromQuery(Name = "facility")]
    [Description("Facility name or id.")]
    public string? Facility { get; init; }

    [FromQuery(Name = "manufacturer")]
    [Description("Manufacturer name or any alias.")]
    public string? Manufacturer { get; init; }

    [FromQuery(Name = "model")]
    [Description("Model name or id.")]
    public string? Model { get; init; }

    [FromQuery(Name = "device_type")]
    public string? DeviceType { get; init; }

    [FromQuery(Name = "support")]
    [Description("supported, end_of_support or unknown.")]
    public string? Support { get; init; }

    [FromQuery(Name = "unsupported")]
    [Description("true: only devices past end of support.")]
    public bool? Unsupported { get; init; }

    [FromQuery(Name = "segment")]
    [Description("Network segment name.")]
    public string? Segment { get; init; }

    [FromQuery(Name = "q")]
    [Description("Start of asset tag, serial number, hostname, IP address or CMMS id.")]
    public string? Q { get; init; }

    [FromQuery(Name = "sort")]
    [Description("asset_tag (default), serial_number, facility, manufacturer, model, software_version, end_of_support or last_seen; prefix - for descending.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("1-based page number (default 1).")]
    public int? Page { get; init; }

    [FromQuery(Name = "page_size")]
    [Description("Devices per page, 1 to 500 (default 50).")]
    public int? PageSize { get; init; }

    public DeviceFilter ToFilter() => new()
    {
        Facility = Facility,
        Manufacturer = Manufacturer,
        Model = Model,
        DeviceType = DeviceType,
        Support = Support,
        Unsupported = Unsupported ?? false,
        Segment = Segment,
        Search = Q,
    };
}
