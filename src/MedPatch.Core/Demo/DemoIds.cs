namespace MedPatch.Core.Demo;

/// <summary>
/// Ids drawn from their own seeded sequence, so a demo database is identical row for row on every run (handy for
/// screenshots and bug reports), and drawing ids never shifts the values drawn for devices.
/// </summary>
internal sealed class DemoIds(int seed)
{
    private readonly Random random = new(seed ^ 0x5EED1D5);

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        // Stamp version 4 and the RFC 4122 variant so the values are well-formed random UUIDs.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
