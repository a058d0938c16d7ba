using System.Net;
using System.Net.Sockets;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// The JSON schema "uri" format: an absolute URI by the grammar of RFC 3986 section 3 (a scheme, then hier-part,
/// query and fragment of the allowed ASCII characters and percent escapes). Deliberately not <see cref="Uri"/>,
/// which quietly escapes spaces and non-ASCII text that the RFC does not allow.
/// </summary>
public static class CsafUriFormat
{
    public static bool IsValid(string text)
    {
        var s = text.AsSpan();
        var colon = s.IndexOf(':');
        if (colon <= 0 || !IsScheme(s[..colon]))
        {
            return false;
        }

        var rest = s[(colon + 1)..];
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            if (!AllOf(rest[(hash + 1)..], QueryChar))
            {
                return false;
            }

            rest = rest[..hash];
        }

        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            if (!AllOf(rest[(question + 1)..], QueryChar))
            {
                return false;
            }

            rest = rest[..question];
        }

        if (rest.StartsWith("//"))
        {
            var authority = rest[2..];
            var slash = authority.IndexOf('/');
            var path = slash >= 0 ? authority[slash..] : [];
            authority = slash >= 0 ? authority[..slash] : authority;
            return IsAuthority(authority) && AllOf(path, PathChar);
        }

        return AllOf(rest, PathChar);
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAuthority(ReadOnlySpan<char> authority)
    {
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            if (!AllOf(authority[..at], c => Unreserved(c) || SubDelim(c) || c == ':'))
            {
                return false;
            }

            authority = authority[(at + 1)..];
        }

        ReadOnlySpan<char> port;
        if (authority.StartsWith("["))
        {
            var close = authority.IndexOf(']');
            if (close < 0 || !IsIpLiteral(authority[1..close]))
            {
                return false;
            }

            port = authority[(close + 1)..];
            if (!port.IsEmpty && port[0] != ':')
            {
                return false;
            }
        }
        else
        {
            var portColon = authority.IndexOf(':');
            var host = portColon >= 0 ? authority[..portColon] : authority;
            if (!AllOf(host, c => Unreserved(c) || SubDelim(c)))
            {
                return false;
            }

            port = portColon >= 0 ? authority[portColon..] : [];
        }

        return port.IsEmpty || AllDigits(port[1..]);
    }

    private static bool IsIpLiteral(ReadOnlySpan<char> literal)
    {
        if (literal.Length > 1 && (literal[0] == 'v' || literal[0] == 'V'))
        {
            var dot = literal.IndexOf('.');
            return dot > 1 && dot < literal.Length - 1
                && AllOfPlain(literal[1..dot], char.IsAsciiHexDigit)
                && AllOfPlain(literal[(dot + 1)..], c => Unreserved(c) || SubDelim(c) || c == ':');
        }

        foreach (var c in literal)
        {
            if (!char.IsAsciiHexDigit(c) && c != ':' && c != '.')
            {
                return false;
            }
        }

        return IPAddress.TryParse(literal, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool PathChar(char c) => Unreserved(c) || SubDelim(c) || c is ':' or '@' or '/';

    private static bool QueryChar(char c) => PathChar(c) || c == '?';

    private static bool Unreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static bool SubDelim(char c) => c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';

    /// <summary>All characters allowed, counting "%" followed by two hex digits as one allowed percent escape.</summary>
    private static bool AllOf(ReadOnlySpan<char> text, Func<char, bool> allowed)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%')
            {
                if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (!allowed(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllOfPlain(ReadOnlySpan<char> text, Func<char, bool> allowed)
    {
        foreach (var c in text)
        {
            if (!allowed(c))
            {
                return false;
            }
        }

        return true;
    }
}
