namespace MedPatch.Features.Devices;

/// <summary>Filters shared by <c>medpatch devices</c>, <c>GET /api/v1/devices</c> and the device list page.</summary>
public sealed record DeviceFilter
{
    /// <summary>Facility name (case-insensitive) or id.</summary>
    public string? Facility { get; init; }

    /// <summary>Manufacturer name or any of its aliases, compared after normalisation.</summary>
    public string? Manufacturer { get; init; }

    /// <summary>Model name (case-insensitive) or id.</summary>
    public string? Model { get; init; }

    public string? DeviceType { get; init; }

    /// <summary>supported, end_of_support or unknown.</summary>
    public string? Support { get; init; }

    /// <summary>Only devices past end of support (shorthand for Support = end_of_support).</summary>
    public bool Unsupported { get; init; }

    public string? Segment { get; init; }

    /// <summary>Free text: start of asset tag, serial, hostname, IP or CMMS id.</summary>
    public string? Search { get; init; }
}
