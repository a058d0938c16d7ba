using MedPatch.Core.Standards.Versions;

namespace MedPatch.Core.Standards.Vers;

/// <summary>
/// A vers version range specifier (vers-spec): <c>vers:&lt;scheme&gt;/&lt;constraint&gt;|&lt;constraint&gt;…</c>,
/// e.g. <c>vers:npm/&gt;=1.0.0|&lt;2.0.0|!=1.5.0</c> or <c>vers:all/*</c>. Constraints are kept sorted by version
/// with the scheme's comparator (<see cref="VersionSchemes"/>); <see cref="ToString"/> is the canonical form.
/// </summary>
public sealed class VersRange
{
    private VersRange(string scheme, IReadOnlyList<VersConstraint> constraints)
    {
        Scheme = scheme;
        Constraints = constraints;
        Comparer = VersionSchemes.For(scheme);
    }

    public string Scheme { get; }

    public IReadOnlyList<VersConstraint> Constraints { get; }

    public IComparer<string> Comparer { get; }

    /// <summary>
    /// Parses leniently and normalises (vers-spec "Parsing and validating"): whitespace is removed, the scheme
    /// is lower-cased, empty constraints are dropped, constraints are sorted and duplicates removed.
    /// </summary>
    public static VersRange Parse(string vers)
    {
        var text = string.Concat(vers.Where(c => !char.IsWhiteSpace(c)));
        var (scheme, body) = SplitScheme(text);
        scheme = scheme.ToLowerInvariant();
        var parts = body.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var constraints = Build(scheme, parts, VersEncoding.Decode);
        var comparer = VersionSchemes.For(scheme);
        var sorted = constraints.OrderBy(c => c.Version, comparer).ToList();
        var unique = sorted.Where((c, i) => i == 0 || comparer.Compare(sorted[i - 1].Version, c.Version) != 0 || sorted[i - 1].Comparator != c.Comparator).ToList();
        return new(scheme, unique);
    }

    /// <summary>Parses a vers string that must already be canonical, naming the first rule it breaks.</summary>
    public static VersRange ParseCanonical(string vers) => VersCanonicalParser.Parse(vers);

    public static bool TryParse(string? vers, out VersRange? range, out string? error)
    {
        range = null;
        error = null;
        try
        {
            range = Parse(vers ?? throw new VersRangeException("a vers string is required"));
            return true;
        }
        catch (VersRangeException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// vers-spec "Checking if a version is contained within a range": "*" contains everything; an equal
    /// constraint contains its version and a "!=" one excludes it; the remaining &lt;, &lt;=, &gt;, &gt;= constraints,
    /// in version order, form intervals: a leading upper bound, a trailing lower bound, or a lower bound
    /// followed by an upper bound.
    /// </summary>
    public bool Contains(string version)
    {
        if (Constraints.Any(c => c.Comparator == VersComparator.Any))
        {
            return true;
        }

        foreach (var c in Constraints)
        {
            if (c.Comparator == VersComparator.Equal && c.IsSatisfiedBy(version, Comparer))
            {
                return true;
            }

            if (c.Comparator == VersComparator.NotEqual && !c.IsSatisfiedBy(version, Comparer))
            {
                return false;
            }
        }

        var bounds = Constraints.Where(c => c.Comparator is not (VersComparator.Equal or VersComparator.NotEqual)).ToList();
        if (bounds.Count == 0)
        {
            // Only "!=" constraints (or only "=" ones that did not match): "!=" alone allows the rest.
            return Constraints.Count > 0 && Constraints.All(c => c.Comparator == VersComparator.NotEqual);
        }

        if (IsUpper(bounds[0]) && bounds[0].IsSatisfiedBy(version, Comparer))
        {
            return true;
        }

        if (IsLower(bounds[^1]) && bounds[^1].IsSatisfiedBy(version, Comparer))
        {
            return true;
        }

        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            if (IsLower(bounds[i]) && IsUpper(bounds[i + 1]) && bounds[i].IsSatisfiedBy(version, Comparer) && bounds[i + 1].IsSatisfiedBy(version, Comparer))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => $"vers:{Scheme}/{string.Join('|', Constraints)}";

    internal static VersRange Create(string scheme, IReadOnlyList<VersConstraint> constraints) => new(scheme, constraints);

    internal static (string Scheme, string Body) SplitScheme(string text)
    {
        if (!text.StartsWith("vers:", StringComparison.OrdinalIgnoreCase))
        {
            throw new VersRangeException("a vers range starts with 'vers:'");
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw new VersRangeException("a vers range needs '/' after its scheme");
        }

        var scheme = text[5..slash];
        if (scheme.Length == 0 || !scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '+'))
        {
            throw new VersRangeException($"invalid vers scheme '{scheme}'");
        }

        return (scheme, text[(slash + 1)..]);
    }

    internal static List<VersConstraint> Build(string scheme, IReadOnlyList<string> parts, Func<string, string> decode)
    {
        if (parts.Count == 0)
        {
            throw new VersRangeException("a vers range needs at least one constraint");
        }

        if (parts.Contains("*"))
        {
            // vers-spec: "*" is the only constraint when present ("vers:all/*" is the canonical "any version").
            return parts.Count == 1 ? [new VersConstraint(VersComparator.Any, "")] : throw new VersRangeException("'*' must be the only constraint");
        }

        return [.. parts.Select(p => VersConstraint.Parse(p, decode))];
    }

    private static bool IsUpper(VersConstraint c) => c.Comparator is VersComparator.LessThan or VersComparator.LessThanOrEqual;

    private static bool IsLower(VersConstraint c) => c.Comparator is VersComparator.GreaterThan or VersComparator.GreaterThanOrEqual;
}
