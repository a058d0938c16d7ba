namespace MedPatch.Core.Standards.Cpe;

/// <summary>CPE name matching (NIST IR 7696).</summary>
public static class CpeMatcher
{
    /// <summary>
    /// Compares one attribute (NIST IR 7696 §6.1.2 and Table 6-2). Value strings compare case-insensitively;
    /// wildcards are honoured in the source only.
    /// </summary>
    public static CpeAttributeRelation CompareAttribute(CpeValue source, CpeValue target)
    {
        if (target.HasWildcards)
        {
            return CpeAttributeRelation.Undefined;
        }

        var sourceText = source.IsText ? source.Text.ToLowerInvariant() : string.Empty;
        var targetText = target.IsText ? target.Text.ToLowerInvariant() : string.Empty;
        if (source.Kind == target.Kind && string.Equals(sourceText, targetText, StringComparison.Ordinal))
        {
            return CpeAttributeRelation.Equal;
        }

        if (source.IsAny)
        {
            return CpeAttributeRelation.Superset;
        }

        if (target.IsAny)
        {
            return CpeAttributeRelation.Subset;
        }

        if (source.IsNotApplicable || target.IsNotApplicable)
        {
            return CpeAttributeRelation.Disjoint;
        }

        // §6.1.2 compareStrings: a wildcarded source is a superset of every target it matches.
        var pattern = CpeWildcardPattern.Create(CpeWfnText.Tokens(sourceText, "source"), "source");
        return source.HasWildcards && pattern.IsMatch(CpeWfnText.Unquote(targetText))
            ? CpeAttributeRelation.Superset
            : CpeAttributeRelation.Disjoint;
    }

    /// <summary>The attribute relations of all eleven attributes, in attribute order (NIST IR 7696 §6.1.1).</summary>
    public static IReadOnlyList<CpeAttributeRelation> CompareAttributes(CpeName source, CpeName target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var results = new CpeAttributeRelation[CpeAttributes.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = CompareAttribute(source[(CpeAttribute)i], target[(CpeAttribute)i]);
        }

        return results;
    }

    /// <summary>
    /// The name relation (NIST IR 7696 §6.2): Disjoint if any attribute is DISJOINT (or undefined);
    /// Equal if all are EQUAL; Subset if all are SUBSET or EQUAL; Superset if all are SUPERSET or EQUAL.
    /// Mixed SUBSET and SUPERSET attributes are treated as Disjoint (no set relation holds).
    /// </summary>
    public static CpeNameRelation Compare(CpeName source, CpeName target)
    {
        var results = CompareAttributes(source, target);
        if (results.Any(r => r is CpeAttributeRelation.Disjoint or CpeAttributeRelation.Undefined))
        {
            return CpeNameRelation.Disjoint;
        }

        if (results.All(r => r == CpeAttributeRelation.Equal))
        {
            return CpeNameRelation.Equal;
        }

        if (results.All(r => r is CpeAttributeRelation.Superset or CpeAttributeRelation.Equal))
        {
            return CpeNameRelation.Superset;
        }

        return results.All(r => r is CpeAttributeRelation.Subset or CpeAttributeRelation.Equal)
            ? CpeNameRelation.Subset
            : CpeNameRelation.Disjoint;
    }

    /// <summary>§6.2 CPE_DISJOINT: true when some attribute is DISJOINT.</summary>
    public static bool IsDisjoint(CpeName source, CpeName target) =>
        CompareAttributes(source, target).Any(r => r == CpeAttributeRelation.Disjoint);

    /// <summary>§6.2 CPE_EQUAL: true when every attribute is EQUAL.</summary>
    public static bool IsEqual(CpeName source, CpeName target) =>
        CompareAttributes(source, target).All(r => r == CpeAttributeRelation.Equal);

    /// <summary>§6.2 CPE_SUBSET: true when every attribute is SUBSET or EQUAL.</summary>
    public static bool IsSubset(CpeName source, CpeName target) =>
        CompareAttributes(source, target).All(r => r is CpeAttributeRelation.Subset or CpeAttributeRelation.Equal);

    /// <summary>§6.2 CPE_SUPERSET: true when every attribute is SUPERSET or EQUAL.</summary>
    public static bool IsSuperset(CpeName source, CpeName target) =>
        CompareAttributes(source, target).All(r => r is CpeAttributeRelation.Superset or CpeAttributeRelation.Equal);

    /// <summary>True when <paramref name="candidate"/> equals or is a subset of <paramref name="pattern"/>, i.e. the pattern is a superset of it.</summary>
    public static bool Matches(CpeName pattern, CpeName candidate) => IsSuperset(pattern, candidate);

    /// <summary><see cref="Matches(CpeName, CpeName)"/> on bindings (formatted string or URI).</summary>
    public static bool Matches(string pattern, string candidate) =>
        Matches(CpeName.Parse(pattern), CpeName.Parse(candidate));
}
