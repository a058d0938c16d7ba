namespace MedPatch.Features.Demo;

/// <summary>What <see cref="DemoSeeder"/> did: seeded (with counts) or left an existing inventory alone.</summary>
public sealed record DemoSeedResult(bool Seeded, int Facilities, int Manufacturers, int Models, int Devices, int UnsupportedDevices, TimeSpan Elapsed)
{
    public double UnsupportedShare => Devices == 0 ? 0 : (double)UnsupportedDevices / Devices;

    public static DemoSeedResult LeftAlone(int existingDevices) => new(false, 0, 0, 0, existingDevices, 0, TimeSpan.Zero);
}
