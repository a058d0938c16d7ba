using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Matching;

/// <summary>
/// Evaluates one resolved statement for one model and one device version. Affected: a version in range is
/// "affected"; all versions is "affected" on the model alone; an unknown device version or an unreadable range is
/// "possible" with low confidence; a device at or above the advisory's fixed version is "resolved". Fixed (and
/// recommended): a device on that version or later is "resolved" (CSAF first_fixed reading; <see cref="FixedBranches"/>
/// limits "later" to the fix's branch). Not affected: a device
/// the statement covers is "suppressed". Under investigation: "possible", low.
/// </summary>
internal static class StatementEvaluator
{
    public static Candidate? Evaluate(ResolvedStatement rs, ModelMatch match, string? deviceVersion, VersionCache cache)
    {
        var s = rs.Statement;
        var v = rs.Version;
        var confidence = match.Confidence;
        string? nameNote = null;
        if (v.Qualified)
        {
            confidence = CatalogIndex.Min(confidence, MatchConfidence.Medium);
        }

        IReadOnlyList<VersRange> ranges = [];
        var kind = v.Kind;
        var shown = v.Display;
        if (v.Kind == VersionReadingKind.All && match.NameVersions.Count > 0)
        {
            var fromName = new List<VersRange>();
            foreach (var written in match.NameVersions)
            {
                foreach (var part in written.Split('/'))
                {
                    if (cache.Convert(part) is { } converted)
                    {
                        fromName.Add(converted);
                    }
                }
            }

            if (fromName.Count > 0)
            {
                ranges = fromName;
                kind = VersionReadingKind.Range;
                shown = string.Join(" or ", match.NameVersions);
                confidence = CatalogIndex.Min(confidence, MatchConfidence.Medium);
                nameNote = "version taken from the product name";
            }
        }

        string Model()
        {
            var text = $"Model '{match.Model.Name}' ({match.How}) named in {s.AdvisoryLabel}";
            var product = s.Product ?? s.ProductName;
            return product is not null && !string.Equals(product.Trim(), match.Model.Name, StringComparison.OrdinalIgnoreCase) ? text + $" as '{product.Trim()}'" : text;
        }

        var rule = match.How.StartsWith("CPE ", StringComparison.Ordinal) ? MatchRule.Cpe : (MatchRule?)null;
        string Note() => v.Note is null ? string.Empty : $" ({v.Note})";
        string Extra() => nameNote is null ? string.Empty : $" ({nameNote})";
        var inRange = deviceVersion is null || kind != VersionReadingKind.Range ? (bool?)null
            : v.Range is { } single ? cache.Contains(single, deviceVersion) : ranges.Any(r => cache.Contains(r, deviceVersion));

        switch (s.Status)
        {
            case AffectedStatus.Affected:
            case AffectedStatus.UnderInvestigation:
                var investigating = s.Status == AffectedStatus.UnderInvestigation;
                if (deviceVersion is not null && s.FixedVersion is not null && kind != VersionReadingKind.Range && cache.Compare(deviceVersion, s.FixedVersion) >= 0)
                {
                    return new Candidate(
                        ExposureState.Resolved, confidence, rule ?? MatchRule.ModelVersionRange, true,
                        () => $"{Model()}; device version {deviceVersion} is at or above the fixed version {s.FixedVersion}.", s, s.FixedVersion, false);
                }

                Candidate Make(ExposureState state, MatchConfidence c, MatchRule r, bool specific, Func<string> text) =>
                    new(investigating ? ExposureState.Possible : state, investigating ? MatchConfidence.Low : c, r, specific,
                        () => text() + (investigating ? " The manufacturer is still investigating." : string.Empty), s, s.FixedVersion, s.PatchAvailable || s.FixedVersion is not null);

                if (confidence == MatchConfidence.Low)
                {
                    // Not sure the model is the one named: the device may be affected, no more; a version outside the range still clears it.
                    return inRange == false
                        ? null
                        : Make(ExposureState.Possible, MatchConfidence.Low, rule ?? MatchRule.ModelOnly, false, () => $"{Model()}; the model may not be the product named{Extra()}.");
                }

                return kind switch
                {
                    VersionReadingKind.All => Make(ExposureState.Affected, confidence, rule ?? MatchRule.ModelOnly, false, () => $"{Model()}; the advisory covers all versions{Note()}."),
                    VersionReadingKind.Unparseable => Make(ExposureState.Possible, MatchConfidence.Low, rule ?? MatchRule.ModelOnly, false, () => $"{Model()}; the version text '{v.Display}' cannot be compared{Note()}, so the device may be affected."),
                    _ when deviceVersion is null => Make(ExposureState.Possible, MatchConfidence.Low, rule ?? MatchRule.ModelOnly, false, () => $"{Model()}; the device version is unknown and the advisory covers only '{shown}'{Extra()}."),
                    _ when inRange == true => Make(ExposureState.Affected, confidence, rule ?? MatchRule.ModelVersionRange, true, () => $"{Model()}; device version {deviceVersion} is within '{shown}'{Extra()}{Note()}."),
                    _ => null,
                };

            case AffectedStatus.Fixed:
            case AffectedStatus.Recommended:
                if (deviceVersion is null || kind == VersionReadingKind.Unparseable || confidence == MatchConfidence.Low)
                {
                    return null;
                }

                var fixedRanges = v.Range is null ? ranges : [v.Range];
                if (kind == VersionReadingKind.All || fixedRanges.Any(r => cache.Contains(cache.FirstFixed(r), deviceVersion)))
                {
                    // "Fixed in V" read as V and later is an inference for a device above V: an explicit affected range
                    // that holds the device outranks it, and a later fix on another branch can cancel it (FixedBranches).
                    var written = fixedRanges.Any(r => cache.Contains(r, deviceVersion));
                    var later = kind != VersionReadingKind.All && !written && FixedText(s, v) is { } first ? (first, deviceVersion) : ((string, string)?)null;
                    return new Candidate(
                        ExposureState.Resolved, confidence, rule ?? MatchRule.ModelVersionRange, kind != VersionReadingKind.All && later is null,
                        () => $"{Model()}; device version {deviceVersion} is at or above the fixed version '{shown}'.", s, FixedText(s, v), false)
                    {
                        LaterThan = later,
                    };
                }

                return null;

            case AffectedStatus.NotAffected:
                if (kind == VersionReadingKind.Unparseable || confidence == MatchConfidence.Low)
                {
                    return null;
                }

                var why = string.IsNullOrWhiteSpace(s.Justification) ? string.Empty : $" ({s.Justification})";
                if (kind == VersionReadingKind.All)
                {
                    return new Candidate(ExposureState.Suppressed, confidence, rule ?? MatchRule.ModelOnly, false, () => $"{Model()}; the manufacturer states all versions are not affected{why}.", s, null, false);
                }

                return inRange == true
                    ? new Candidate(ExposureState.Suppressed, confidence, rule ?? MatchRule.ModelVersionRange, true, () => $"{Model()}; the manufacturer states version {deviceVersion} is not affected{why}.", s, null, false)
                    : null;

            default:
                return null;
        }
    }

    /// <summary>The version a fixed statement names, when it names exactly one lower bound or version.</summary>
    public static string? FixedText(MatchStatement s, StatementVersion v) =>
        v.Range?.Constraints is [{ Comparator: VersComparator.Equal or VersComparator.GreaterThanOrEqual } only] ? only.Version : s.Version;

}
