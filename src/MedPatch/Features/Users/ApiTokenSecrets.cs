using System.Security.Cryptography;
using System.Text;

namespace MedPatch.Features.Users;

/// <summary>The secret of an API token: "mp_" and 32 random bytes in base64url; stored only as its SHA-256.</summary>
public static class ApiTokenSecrets
{
    public const string Marker = "mp_";
    public const int PrefixLength = 8;

    public static string Generate() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256. The secret has 256 random bits, so a fast hash is enough: nothing to brute-force.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The first characters after the marker, shown in lists so people can tell their tokens apart.</summary>
    public static string PrefixOf(string secret) => secret[Marker.Length..(Marker.Length + PrefixLength)];

    public static bool LooksLikeToken(string value) => value.StartsWith(Marker, StringComparison.Ordinal) && value.Length > Marker.Length + PrefixLength;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
