using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Organizations;

namespace MedPatch.Core.Demo;

/// <summary>A generated demo health system: its catalog and fleet, ready to be stored or written out.</summary>
public sealed class DemoHealthSystem
{
    public required DateOnly Today { get; init; }
    public required Organization Organization { get; init; }
    public required IReadOnlyList<Facility> Facilities { get; init; }
    public required IReadOnlyList<Location> Locations { get; init; }
    public required IReadOnlyList<NetworkSegment> Segments { get; init; }
    public required IReadOnlyList<Manufacturer> Manufacturers { get; init; }
    public required IReadOnlyList<DeviceModel> Models { get; init; }
    public required IReadOnlyList<Device> Devices { get; init; }

    public int UnsupportedDevices
    {
        get
        {
            var modelEnd = Models.ToDictionary(m => m.Id, m => m.EndOfSupport);
            return Devices.Count(d => SupportLifecycle.Status(d.EndOfSupport, modelEnd[d.DeviceModelId], Today) == SupportStatus.EndOfSupport);
        }
    }

    /// <summary>Share of devices past end of support, between 0 and 1.</summary>
    public double UnsupportedShare => Devices.Count == 0 ? 0 : (double)UnsupportedDevices / Devices.Count;
}
