using System.Text;

namespace MedPatch.Core.Standards.PackageUrls;

/// <summary>
/// Percent-encoding of purl components. purl-spec "Character encoding": unreserved characters
/// (A-Z a-z 0-9 - . _ ~) and the colon ':' stay as they are; every other byte of the UTF-8 form is encoded
/// as %XX with upper-case hex digits. Decoding accepts any %XX and never turns '+' into a space.
/// </summary>
internal static class PackageUrlEncoding
{
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    public static string Decode(string value, string component)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                {
                    throw new PackageUrlException($"invalid percent-encoding in {component}: '{value}'");
                }

                bytes.Add((byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2])));
                i += 2;
            }
            else
            {
                var next = value.IndexOf('%', i);
                var end = next < 0 ? value.Length : next;
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i..end]));
                i = end - 1;
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private const string Hex = "0123456789ABCDEF";

    private static int HexValue(char c) => char.IsAsciiDigit(c) ? c - '0' : (char.ToUpperInvariant(c) - 'A') + 10;
}
