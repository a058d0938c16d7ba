using System.Text;

namespace MedPatch.Core.Standards.Cpe;

/// <summary>
/// A CPE 2.3 well-formed name (WFN, NIST IR 7695 §5): eleven attributes, each ANY, NA or a value string.
/// Attributes left out are ANY (§5.4.2).
/// </summary>
public sealed class CpeName : IEquatable<CpeName>
{
    private readonly CpeValue[] _values;

    private CpeName(CpeValue[] values)
    {
        // §5.3.3.1: part is "a", "o" or "h" (or ANY when used as a pattern).
        var part = values[(int)CpeAttribute.Part];
        if (part.IsNotApplicable || (part.IsText && part.Text is not ("a" or "o" or "h")))
        {
            throw new CpeFormatException($"CPE part: {part} is not one of \"a\", \"o\", \"h\" or ANY");
        }

        _values = values;
    }

    public CpeValue Part => this[CpeAttribute.Part];

    public CpeValue Vendor => this[CpeAttribute.Vendor];

    public CpeValue Product => this[CpeAttribute.Product];

    public CpeValue Version => this[CpeAttribute.Version];

    public CpeValue Update => this[CpeAttribute.Update];

    public CpeValue Edition => this[CpeAttribute.Edition];

    public CpeValue Language => this[CpeAttribute.Language];

    public CpeValue SwEdition => this[CpeAttribute.SwEdition];

    public CpeValue TargetSw => this[CpeAttribute.TargetSw];

    public CpeValue TargetHw => this[CpeAttribute.TargetHw];

    public CpeValue Other => this[CpeAttribute.Other];

    public CpeValue this[CpeAttribute attribute] => _values[(int)attribute];

    /// <summary>A WFN from its values; <paramref name="values"/> holds up to eleven values in attribute order, the rest are ANY.</summary>
    public static CpeName Create(params ReadOnlySpan<CpeValue> values)
    {
        if (values.Length > CpeAttributes.Count)
        {
            throw new CpeFormatException($"CPE: a WFN has {CpeAttributes.Count} attributes, not {values.Length}");
        }

        var all = new CpeValue[CpeAttributes.Count];
        values.CopyTo(all);
        return new CpeName(all);
    }

    /// <summary>A copy with one attribute replaced.</summary>
    public CpeName With(CpeAttribute attribute, CpeValue value)
    {
        var copy = (CpeValue[])_values.Clone();
        copy[(int)attribute] = value;
        return new CpeName(copy);
    }

    /// <summary>Unbinds either binding: "cpe:2.3:" is the formatted string (§6.2), "cpe:/" the URI (§6.1).</summary>
    public static CpeName Parse(string binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        if (binding.StartsWith(CpeFormattedString.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return CpeFormattedString.Unbind(binding);
        }

        if (binding.StartsWith(CpeUri.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return CpeUri.Unbind(binding);
        }

        throw new CpeFormatException($"CPE prefix: \"{binding}\" starts with neither \"cpe:2.3:\" nor \"cpe:/\"");
    }

    public static bool TryParse(string binding, out CpeName? name)
    {
        try
        {
            name = Parse(binding);
            return true;
        }
        catch (CpeFormatException)
        {
            name = null;
            return false;
        }
    }

    /// <summary>The formatted string binding (§6.2.2).</summary>
    public string ToFormattedString() => CpeFormattedString.Bind(this);

    /// <summary>The URI binding (§6.1.2).</summary>
    public string ToUri() => CpeUri.Bind(this);

    /// <summary>WFN notation (§5.4): wfn:[part="a",vendor="microsoft",...], ANY and NA attributes written out.</summary>
    public string ToWfnString()
    {
        var sb = new StringBuilder("wfn:[");
        for (var i = 0; i < CpeAttributes.Count; i++)
        {
            sb.Append(i == 0 ? string.Empty : ",").Append(((CpeAttribute)i).Name()).Append('=').Append(_values[i].ToString());
        }

        return sb.Append(']').ToString();
    }

    public override string ToString() => ToFormattedString();

    public bool Equals(CpeName? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as CpeName);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var v in _values)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }
}
