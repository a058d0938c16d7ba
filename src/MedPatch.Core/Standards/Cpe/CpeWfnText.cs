using System.Text;

namespace MedPatch.Core.Standards.Cpe;

/// <summary>One character of a WFN value string and whether it was quoted with "\" (NIST IR 7695 §5.3.2).</summary>
internal readonly record struct CpeChar(char Value, bool Quoted)
{
    public bool IsWildcard => !Quoted && Value is '*' or '?';
}

/// <summary>Rules for WFN value strings (NIST IR 7695 §5.3.2).</summary>
internal static class CpeWfnText
{
    /// <summary>Alphanumerics and "_" are written unquoted; everything else printable is quoted (§5.3.2).</summary>
    public static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>WFN value strings hold printable ASCII only (§5.3.2, no whitespace).</summary>
    public static bool IsPrintable(char c) => c is > ' ' and <= '~';

    public static List<CpeChar> Tokens(string text, string component)
    {
        var tokens = new List<CpeChar>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                tokens.Add(new CpeChar(c, false));
                continue;
            }

            if (++i >= text.Length)
            {
                throw new CpeFormatException($"CPE {component}: a trailing \"\\\" quotes nothing");
            }

            tokens.Add(new CpeChar(text[i], true));
        }

        return tokens;
    }

    /// <summary>Checks a value string in WFN form against §5.3.2.</summary>
    public static void Validate(string text, string component)
    {
        if (text.Length == 0)
        {
            throw new CpeFormatException($"CPE {component}: a value string must not be empty");
        }

        var tokens = Tokens(text, component);
        foreach (var t in tokens)
        {
            if (!IsPrintable(t.Value))
            {
                throw new CpeFormatException($"CPE {component}: character U+{(int)t.Value:X4} is not printable ASCII");
            }

            if (!t.Quoted && !IsPlain(t.Value) && !t.IsWildcard)
            {
                throw new CpeFormatException($"CPE {component}: \"{t.Value}\" must be quoted as \"\\{t.Value}\"");
            }
        }

        if (tokens.Count == 1 && tokens[0].IsWildcard && tokens[0].Value == '*')
        {
            throw new CpeFormatException($"CPE {component}: a lone \"*\" is the logical value ANY, not a value string");
        }

        _ = CpeWildcardPattern.Create(tokens, component);
    }

    public static bool HasWildcards(string text) => Tokens(text, "value").Any(t => t.IsWildcard);

    /// <summary>Quotes every character that is not alphanumeric or "_" (§5.3.2).</summary>
    public static string Quote(string raw)
    {
        var sb = new StringBuilder(raw.Length * 2);
        foreach (var c in raw)
        {
            if (!IsPlain(c))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static string Unquote(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var t in Tokens(text, "value"))
        {
            sb.Append(t.Value);
        }

        return sb.ToString();
    }
}
