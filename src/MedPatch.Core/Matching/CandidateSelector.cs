namespace MedPatch.Core.Matching;

/// <summary>
/// Picks the exposure among the candidates of one device group and vulnerability. The state comes from the most
/// specific decided candidate (a version in a range beats an all-versions statement; then the surer one, so a
/// misspelt or family-wide "not affected" cannot overrule an exact "affected"; then not-affected, fixed, affected);
/// the evidence shown is the surest candidate with that state. "Possible" wins only
/// when nothing decides. Ties break on advisory and statement id, so the result never depends on input order.
/// </summary>
internal static class CandidateSelector
{
    public static Candidate? Select(List<Candidate> candidates, IReadOnlyList<Candidate> fixes)
    {
        candidates = FixedBranches.Filter(candidates, fixes);
        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates.Count == 1 && (fixes.Count == 0 || candidates[0].State is ExposureState.Resolved or ExposureState.Suppressed || candidates[0].PatchAvailable))
        {
            return candidates[0];
        }

        var decided = candidates.Where(c => c.State != ExposureState.Possible).ToList();
        Candidate winner;
        if (decided.Count > 0)
        {
            var state = decided
                .OrderByDescending(c => c.VersionSpecific)
                .ThenByDescending(c => c.Confidence)
                .ThenByDescending(c => c.StateRank)
                .ThenBy(c => c.Statement.AdvisoryId, StringComparer.Ordinal)
                .ThenBy(c => c.Statement.StatementId, StringComparer.Ordinal)
                .First().State;
            winner = Best(decided.Where(c => c.State == state));
        }
        else
        {
            winner = Best(candidates);
        }

        if (winner.State is ExposureState.Affected or ExposureState.Possible && !winner.PatchAvailable)
        {
            // A fixed statement for the same model elsewhere in the advisories means a fix exists.
            var fix = fixes.OrderBy(f => f.Statement.AdvisoryId, StringComparer.Ordinal).ThenBy(f => f.Statement.StatementId, StringComparer.Ordinal).FirstOrDefault();
            if (fix is not null)
            {
                winner = winner with { PatchAvailable = true, FixedVersion = winner.FixedVersion ?? fix.FixedVersion };
            }
        }

        return winner;
    }

    private static Candidate Best(IEnumerable<Candidate> candidates) => candidates
        .OrderByDescending(c => c.Confidence)
        .ThenByDescending(c => c.VersionSpecific)
        .ThenBy(c => c.Rule)
        .ThenBy(c => c.Statement.AdvisoryId, StringComparer.Ordinal)
        .ThenBy(c => c.Statement.StatementId, StringComparer.Ordinal)
        .First();
}
