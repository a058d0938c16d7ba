namespace MedPatch.Core.Standards.Cpe;

/// <summary>Logical values of a WFN attribute (NIST IR 7695 §5.3.1).</summary>
public enum CpeValueKind
{
    Any,
    NotApplicable,
    Text,
}

/// <summary>
/// One WFN attribute value: the logical value ANY or NA, or a value string in WFN form
/// (NIST IR 7695 §5.3.2): non-alphanumeric characters other than "_" are quoted with "\",
/// and an unquoted "*" or "?" is a wildcard at the beginning or end.
/// </summary>
public readonly record struct CpeValue
{
    private CpeValue(CpeValueKind kind, string? text)
    {
        Kind = kind;
        _text = text;
    }

    private readonly string? _text;

    public static CpeValue Any { get; } = new(CpeValueKind.Any, null);

    public static CpeValue NotApplicable { get; } = new(CpeValueKind.NotApplicable, null);

    public CpeValueKind Kind { get; }

    /// <summary>The value string in WFN (quoted) form; empty for ANY and NA.</summary>
    public string Text => _text ?? string.Empty;

    public bool IsAny => Kind == CpeValueKind.Any;

    public bool IsNotApplicable => Kind == CpeValueKind.NotApplicable;

    public bool IsText => Kind == CpeValueKind.Text;

    /// <summary>True when the value string holds an unquoted "*" or "?" (NIST IR 7695 §5.3.2).</summary>
    public bool HasWildcards => IsText && CpeWfnText.HasWildcards(Text);

    /// <summary>A value string already in WFN form ("foo\!bar", "8\.0", "foo*"); validated per §5.3.2.</summary>
    public static CpeValue FromWfn(string wfnText, string component = "value")
    {
        ArgumentNullException.ThrowIfNull(wfnText);
        CpeWfnText.Validate(wfnText, component);
        return new CpeValue(CpeValueKind.Text, wfnText);
    }

    /// <summary>A literal value (no wildcards): every special character is quoted (§5.3.2).</summary>
    public static CpeValue Literal(string raw)
    {
        ArgumentException.ThrowIfNullOrEmpty(raw);
        return FromWfn(CpeWfnText.Quote(raw));
    }

    /// <summary>The value with quoting removed; wildcards stay as "*" and "?".</summary>
    public string Unquoted => CpeWfnText.Unquote(Text);

    /// <summary>WFN notation: ANY, NA, or the quoted value string in double quotes (§5.4).</summary>
    public override string ToString() => Kind switch
    {
        CpeValueKind.Any => "ANY",
        CpeValueKind.NotApplicable => "NA",
        _ => "\"" + Text + "\"",
    };
}
