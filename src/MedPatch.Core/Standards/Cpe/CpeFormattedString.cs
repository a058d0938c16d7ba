using System.Text;

namespace MedPatch.Core.Standards.Cpe;

/// <summary>The formatted string binding "cpe:2.3:part:vendor:...:other" (NIST IR 7695 §6.2).</summary>
public static class CpeFormattedString
{
    public const string Prefix = "cpe:2.3:";

    /// <summary>Binds a WFN (§6.2.2): ANY is "*", NA is "-", and "\" quoting is kept except before ".", "-" and "_".</summary>
    public static string Bind(CpeName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(Prefix);
        for (var i = 0; i < CpeAttributes.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(':');
            }

            var value = name[(CpeAttribute)i];
            switch (value.Kind)
            {
                case CpeValueKind.Any:
                    sb.Append('*');
                    break;
                case CpeValueKind.NotApplicable:
                    sb.Append('-');
                    break;
                default:
                    AppendValue(sb, value.Text);
                    break;
            }
        }

        return sb.ToString();
    }

    // §6.2.2.2 process_quoted_chars: "\." "\-" "\_" lose their quote, all other quoting stays.
    private static void AppendValue(StringBuilder sb, string text)
    {
        foreach (var t in CpeWfnText.Tokens(text, "value"))
        {
            if (t.Quoted && t.Value is not ('.' or '-' or '_'))
            {
                sb.Append('\\');
            }

            sb.Append(t.Value);
        }
    }

    /// <summary>Unbinds a formatted string (§6.2.3); throws <see cref="CpeFormatException"/> naming the bad component.</summary>
    public static CpeName Unbind(string formattedString)
    {
        ArgumentNullException.ThrowIfNull(formattedString);
        if (!formattedString.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new CpeFormatException($"CPE prefix: a formatted string starts with \"{Prefix}\"");
        }

        var components = SplitUnquoted(formattedString.AsSpan(Prefix.Length));
        if (components.Count != CpeAttributes.Count)
        {
            throw new CpeFormatException(
                $"CPE formatted string: {components.Count} components after \"{Prefix}\", expected {CpeAttributes.Count}");
        }

        var values = new CpeValue[CpeAttributes.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = UnbindValue(components[i], ((CpeAttribute)i).Name());
        }

        return CpeName.Create(values);
    }

    // §6.2.3: components are separated by ":" that is not quoted by "\".
    private static List<string> SplitUnquoted(ReadOnlySpan<char> s)
    {
        var parts = new List<string>(CpeAttributes.Count);
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\')
            {
                i++;
            }
            else if (s[i] == ':')
            {
                parts.Add(s[start..i].ToString());
                start = i + 1;
            }
        }

        parts.Add(s[start..].ToString());
        return parts;
    }

    // §6.2.3.2 unbind_value_fs and add_quoting: "*" is ANY, "-" is NA, other characters are quoted
    // unless alphanumeric, "_" or an unquoted wildcard.
    private static CpeValue UnbindValue(string component, string attribute)
    {
        switch (component)
        {
            case "*":
                return CpeValue.Any;
            case "-":
                return CpeValue.NotApplicable;
            case "":
                throw new CpeFormatException($"CPE {attribute}: empty component (use \"*\" for ANY or \"-\" for NA)");
        }

        var sb = new StringBuilder(component.Length * 2);
        foreach (var t in CpeWfnText.Tokens(component, attribute))
        {
            if (!CpeWfnText.IsPrintable(t.Value))
            {
                throw new CpeFormatException($"CPE {attribute}: character U+{(int)t.Value:X4} is not printable ASCII");
            }

            if (t.Quoted || !(CpeWfnText.IsPlain(t.Value) || t.IsWildcard))
            {
                sb.Append('\\');
            }

            sb.Append(t.Value);
        }

        return CpeValue.FromWfn(sb.ToString(), attribute);
    }
}
