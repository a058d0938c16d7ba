using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MedPatch.Core.Devices;

/// <summary>Parses and canonicalises the network identity of a device (IP and MAC address).</summary>
public static class NetworkIdentity
{
    /// <summary>IPv4 in dotted-quad form or IPv6; returns the canonical text form.</summary>
    public static bool TryParseIp(string? text, out string canonical)
    {
        canonical = string.Empty;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        // IPAddress.TryParse accepts "10" or "10.1" as shorthand; a CMMS value like that is a typo, not an address.
        if (!IPAddress.TryParse(value, out var address) ||
            (address.AddressFamily == AddressFamily.InterNetwork && value.Count(c => c == '.') != 3))
        {
            return false;
        }

        canonical = address.ToString();
        return true;
    }

    /// <summary>
    /// Accepts 00:1A:2B:3C:4D:5E, 00-1a-2b-3c-4d-5e, 001A.2B3C.4D5E and 001A2B3C4D5E; returns the colon form in
    /// upper case.
    /// </summary>
    public static bool TryParseMac(string? text, out string canonical)
    {
        canonical = string.Empty;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var hex = new string(value.Where(c => c is not (':' or '-' or '.')).ToArray());
        if (hex.Length != 12 || !hex.All(Uri.IsHexDigit))
        {
            return false;
        }

        var separators = value.Length - hex.Length;
        if (separators is not (0 or 2 or 5))
        {
            return false;
        }

        canonical = string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2).ToUpper(CultureInfo.InvariantCulture)));
        return true;
    }
}
