using System.Security.Cryptography;

namespace MedPatch.Features.Intelligence;

/// <summary>Small helpers shared by the catalog imports.</summary>
internal static class CatalogFiles
{
    /// <summary>Lower-case hex SHA-256, the form checksums are published and compared in.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("the file does not exist", path);
        }

        return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
    }
}
