namespace MedPatch.Core.Standards.Vers;

/// <summary>vers-spec comparators: "=", "!=", "&lt;", "&lt;=", "&gt;", "&gt;=" and the star "*" (any version).</summary>
public enum VersComparator
{
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    Any,
}

/// <summary>One vers constraint: a comparator and a (decoded) version; "=" is implied when no comparator is written.</summary>
public sealed record VersConstraint(VersComparator Comparator, string Version)
{
    public string Symbol => Comparator switch
    {
        VersComparator.Equal => "=",
        VersComparator.NotEqual => "!=",
        VersComparator.LessThan => "<",
        VersComparator.LessThanOrEqual => "<=",
        VersComparator.GreaterThan => ">",
        VersComparator.GreaterThanOrEqual => ">=",
        _ => "*",
    };

    /// <summary>vers-spec: the comparator is omitted for "=", and the version is percent-encoded.</summary>
    public override string ToString() => Comparator switch
    {
        VersComparator.Any => "*",
        VersComparator.Equal => VersEncoding.Encode(Version),
        _ => Symbol + VersEncoding.Encode(Version),
    };

    public bool IsSatisfiedBy(string version, IComparer<string> comparer)
    {
        var c = comparer.Compare(version, Version);
        return Comparator switch
        {
            VersComparator.Equal => c == 0,
            VersComparator.NotEqual => c != 0,
            VersComparator.LessThan => c < 0,
            VersComparator.LessThanOrEqual => c <= 0,
            VersComparator.GreaterThan => c > 0,
            VersComparator.GreaterThanOrEqual => c >= 0,
            _ => true,
        };
    }

    internal static VersConstraint Parse(string text, Func<string, string> decode)
    {
        // vers-spec: the longest comparator prefix wins (">=" before ">").
        foreach (var (symbol, comparator) in Comparators)
        {
            if (text.StartsWith(symbol, StringComparison.Ordinal))
            {
                var version = text[symbol.Length..];
                if (version.Length == 0)
                {
                    throw new VersRangeException($"constraint '{text}' has no version");
                }

                return new(comparator, decode(version));
            }
        }

        return new(VersComparator.Equal, decode(text));
    }

    private static readonly (string Symbol, VersComparator Comparator)[] Comparators =
    [
        (">=", VersComparator.GreaterThanOrEqual), ("<=", VersComparator.LessThanOrEqual), ("!=", VersComparator.NotEqual),
        (">", VersComparator.GreaterThan), ("<", VersComparator.LessThan), ("=", VersComparator.Equal),
    ];
}
