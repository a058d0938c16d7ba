using System.Security.Cryptography;

namespace MedPatch.Features.Users;

/// <summary>One-time passwords for new accounts: printed once, never stored in clear.</summary>
public static class Passwords
{
    public const int MinimumLength = 12;

    // No look-alike characters (0/O, 1/l/I), so a password read off a terminal can be typed.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";

    /// <summary>20 characters from a 60-character alphabet: about 118 bits.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);
}
