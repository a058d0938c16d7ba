namespace MedPatch.Features.Devices.Import;

/// <summary>
/// 64-bit FNV-1a hashes of the upsert keys, so duplicate detection over a million rows keeps 16 bytes per row
/// instead of the key strings. A false "duplicate" needs a 64-bit collision: about one in 10^7 files of 10^6 rows.
/// </summary>
public static class ImportKeys
{
    public static ulong AssetTag(string facility, string assetTag) => Hash('T', facility.Trim().ToLowerInvariant(), assetTag);

    public static ulong Serial(string normalizedManufacturer, string serial) => Hash('S', normalizedManufacturer, serial);

    private static ulong Hash(char kind, string scope, string key)
    {
        var hash = 14695981039346656037UL;
        hash = Mix(hash, kind);
        foreach (var c in scope)
        {
            hash = Mix(hash, c);
        }

        hash = Mix(hash, '\0');
        foreach (var c in key)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    private static ulong Mix(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * 1099511628211UL;
        return (hash ^ (byte)(c >> 8)) * 1099511628211UL;
    }
}
