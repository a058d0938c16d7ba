using MedPatch.Core.Devices;

namespace MedPatch.Core.Inventory;

/// <summary>One validated import row: trimmed text, canonical network identity, parsed values.</summary>
public sealed class DeviceRecord
{
    public int Row { get; init; }
    public string? AssetTag { get; init; }
    public string? SerialNumber { get; init; }
    public required string Manufacturer { get; init; }
    public required string Model { get; init; }
    public string? ModelNumber { get; init; }
    public string? SoftwareVersion { get; init; }
    public required string Facility { get; init; }
    public string? Department { get; init; }
    public string? Building { get; init; }
    public string? Floor { get; init; }
    public string? Room { get; init; }
    public string? IpAddress { get; init; }
    public string? MacAddress { get; init; }
    public string? Hostname { get; init; }
    public string? NetworkSegment { get; init; }
    public ClinicalCriticality? ClinicalCriticality { get; init; }
    public bool? PatientConnected { get; init; }
    public bool? StoresPhi { get; init; }
    public InServiceState InService { get; init; } = InServiceState.InService;
    public string? CmmsId { get; init; }
    public string? UdiDi { get; init; }
    public DateOnly? EndOfSupport { get; init; }

    public bool HasLocation => Department is not null || Building is not null || Floor is not null || Room is not null;
}
