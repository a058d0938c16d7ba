namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// Product_ids by status (section 3.2.3.9); each list is empty when the document does not give that status.
/// </summary>
public sealed record CsafProductStatus(
    IReadOnlyList<string> FirstAffected,
    IReadOnlyList<string> FirstFixed,
    IReadOnlyList<string> Fixed,
    IReadOnlyList<string> KnownAffected,
    IReadOnlyList<string> KnownNotAffected,
    IReadOnlyList<string> LastAffected,
    IReadOnlyList<string> Recommended,
    IReadOnlyList<string> UnderInvestigation)
{
    /// <summary>first_affected, known_affected and last_affected: the statuses the standard groups as "affected".</summary>
    public IEnumerable<string> Affected => FirstAffected.Concat(KnownAffected).Concat(LastAffected);

    /// <summary>first_fixed and fixed.</summary>
    public IEnumerable<string> AllFixed => FirstFixed.Concat(Fixed);
}
