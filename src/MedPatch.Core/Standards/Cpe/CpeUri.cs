using System.Globalization;
using System.Text;

namespace MedPatch.Core.Standards.Cpe;

/// <summary>The URI binding "cpe:/part:vendor:product:version:update:edition:language" (NIST IR 7695 §6.1).</summary>
public static class CpeUri
{
    public const string Prefix = "cpe:/";

    private const int UriComponents = 7;

    /// <summary>
    /// Binds a WFN (§6.1.2): ANY is empty, NA is "-", quoted characters are percent-encoded, unquoted "?" and "*"
    /// become "%01" and "%02"; edition packs sw_edition, target_sw, target_hw and other as "~ed~sw~tsw~thw~other"
    /// when any of them is not ANY; trailing empty components are dropped.
    /// </summary>
    public static string Bind(CpeName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var components = new string[UriComponents];
        for (var i = 0; i < UriComponents; i++)
        {
            components[i] = BindValue(name[(CpeAttribute)i]);
        }

        if (!(name.SwEdition.IsAny && name.TargetSw.IsAny && name.TargetHw.IsAny && name.Other.IsAny))
        {
            components[(int)CpeAttribute.Edition] = "~" + string.Join(
                '~',
                components[(int)CpeAttribute.Edition],
                BindValue(name.SwEdition),
                BindValue(name.TargetSw),
                BindValue(name.TargetHw),
                BindValue(name.Other));
        }

        return (Prefix + string.Join(':', components)).TrimEnd(':');
    }

    // §6.1.2.2 bind_value_for_uri and transform_for_uri.
    private static string BindValue(CpeValue value)
    {
        if (value.IsAny)
        {
            return string.Empty;
        }

        if (value.IsNotApplicable)
        {
            return "-";
        }

        var sb = new StringBuilder();
        foreach (var t in CpeWfnText.Tokens(value.Text, "value"))
        {
            if (t.IsWildcard)
            {
                sb.Append(t.Value == '?' ? "%01" : "%02");
            }
            else if (CpeWfnText.IsPlain(t.Value) || t.Value is '.' or '-')
            {
                sb.Append(t.Value);
            }
            else
            {
                sb.Append('%').Append(((int)t.Value).ToString("x2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>Unbinds a URI (§6.1.3); the URI is case-insensitive and is lower-cased; missing components are ANY.</summary>
    public static CpeName Unbind(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new CpeFormatException($"CPE prefix: a URI starts with \"{Prefix}\"");
        }

        var components = uri[Prefix.Length..].ToLowerInvariant().Split(':');
        if (components.Length > UriComponents)
        {
            throw new CpeFormatException($"CPE URI: {components.Length} components, at most {UriComponents}");
        }

        var values = new CpeValue[CpeAttributes.Count];
        for (var i = 0; i < components.Length; i++)
        {
            var attribute = (CpeAttribute)i;
            if (attribute == CpeAttribute.Edition && components[i].StartsWith('~'))
            {
                Unpack(components[i], values);
                continue;
            }

            values[i] = DecodeValue(components[i], attribute.Name());
        }

        return CpeName.Create(values);
    }

    // §6.1.3.3 unpack: "~edition~sw_edition~target_sw~target_hw~other".
    private static void Unpack(string packed, CpeValue[] values)
    {
        var parts = packed[1..].Split('~');
        if (parts.Length != 5)
        {
            throw new CpeFormatException($"CPE edition: packed edition \"{packed}\" has {parts.Length} fields, expected 5");
        }

        CpeAttribute[] targets =
            [CpeAttribute.Edition, CpeAttribute.SwEdition, CpeAttribute.TargetSw, CpeAttribute.TargetHw, CpeAttribute.Other];
        for (var i = 0; i < targets.Length; i++)
        {
            values[(int)targets[i]] = DecodeValue(parts[i], targets[i].Name());
        }
    }

    // §6.1.3.2 decode: "" is ANY, "-" is NA, "." "-" "~" and percent-encoded characters are quoted,
    // "%01" is an unquoted "?" and "%02" an unquoted "*".
    private static CpeValue DecodeValue(string component, string attribute)
    {
        if (component.Length == 0)
        {
            return CpeValue.Any;
        }

        if (component == "-")
        {
            return CpeValue.NotApplicable;
        }

        var sb = new StringBuilder(component.Length * 2);
        for (var i = 0; i < component.Length; i++)
        {
            var c = component[i];
            if (CpeWfnText.IsPlain(c))
            {
                sb.Append(c);
            }
            else if (c is '.' or '-' or '~')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '%')
            {
                AppendDecoded(sb, component, i, attribute);
                i += 2;
            }
            else
            {
                throw new CpeFormatException($"CPE {attribute}: \"{c}\" is not allowed in a URI component; percent-encode it");
            }
        }

        return CpeValue.FromWfn(sb.ToString(), attribute);
    }

    private static void AppendDecoded(StringBuilder sb, string component, int at, string attribute)
    {
        if (at + 2 >= component.Length
            || !int.TryParse(component.AsSpan(at + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw new CpeFormatException($"CPE {attribute}: \"%\" must be followed by two hex digits");
        }

        switch (code)
        {
            case 0x01:
                sb.Append('?');
                break;
            case 0x02:
                sb.Append('*');
                break;
            case < 0x21 or > 0x7e:
                throw new CpeFormatException($"CPE {attribute}: %{code:x2} is not a printable ASCII character");
            default:
                var c = (char)code;
                sb.Append(CpeWfnText.IsPlain(c) ? string.Empty : "\\").Append(c);
                break;
        }
    }
}
