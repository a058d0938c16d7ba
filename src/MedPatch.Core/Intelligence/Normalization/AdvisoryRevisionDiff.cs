using System.Globalization;

namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// The changes from one revision of an advisory to a later one. Statements are matched by vulnerability and
/// product key, remediations by vulnerability, product key and category. <see cref="Changes"/> is ordered by
/// vulnerability, product key, kind and text, so the same two revisions always give the same list.
/// </summary>
public sealed record AdvisoryRevisionDiff(string? OlderVersion, string? NewerVersion, IReadOnlyList<AdvisoryRevisionChange> Changes)
{
    public bool IsEmpty => Changes.Count == 0;

    public static AdvisoryRevisionDiff Compare(NormalizedAdvisory older, NormalizedAdvisory newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = new List<AdvisoryRevisionChange>();
        if (!string.Equals(older.Status, newer.Status, StringComparison.Ordinal))
        {
            changes.Add(new(AdvisoryRevisionChangeKind.AdvisoryStatusChanged, null, null, null, null, null, older.Status, newer.Status));
        }

        CompareVulnerabilities(older, newer, changes);
        var labels = new ProductLabels(older, newer);
        CompareStatements(older, newer, labels, changes);
        CompareRemediations(older, newer, labels, changes);
        var ordered = changes
            .OrderBy(c => c.CveId ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(c => c.ProductKey ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.Before ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(c => c.After ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        return new(older.Version, newer.Version, ordered);
    }

    private static void CompareVulnerabilities(NormalizedAdvisory older, NormalizedAdvisory newer, List<AdvisoryRevisionChange> changes)
    {
        var before = older.Vulnerabilities.GroupBy(v => v.CveId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = newer.Vulnerabilities.GroupBy(v => v.CveId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (id, v) in after)
        {
            if (!before.TryGetValue(id, out var old))
            {
                changes.Add(new(AdvisoryRevisionChangeKind.VulnerabilityAdded, id, null, null, null, null, null, v.Title ?? id));
                continue;
            }

            var oldScores = Scores(old);
            var newScores = Scores(v);
            if (!string.Equals(oldScores, newScores, StringComparison.Ordinal))
            {
                changes.Add(new(AdvisoryRevisionChangeKind.ScoreChanged, id, null, null, null, null, oldScores, newScores));
            }
        }

        foreach (var (id, v) in before.Where(p => !after.ContainsKey(p.Key)))
        {
            changes.Add(new(AdvisoryRevisionChangeKind.VulnerabilityRemoved, id, null, null, null, null, v.Title ?? id, null));
        }
    }

    private static string Scores(NormalizedVulnerability v) => string.Join(
        "; ",
        v.Cvss.Select(c => c.BaseScore is { } s ? string.Create(CultureInfo.InvariantCulture, $"{c.Vector} ({s})") : c.Vector).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static void CompareStatements(NormalizedAdvisory older, NormalizedAdvisory newer, ProductLabels labels, List<AdvisoryRevisionChange> changes)
    {
        var before = older.Statements.ToLookup(s => (s.CveId, s.ProductKey));
        var after = newer.Statements.ToLookup(s => (s.CveId, s.ProductKey));
        foreach (var key in before.Select(g => g.Key).Union(after.Select(g => g.Key)))
        {
            var olds = before[key].ToList();
            var news = after[key].ToList();
            var (vendor, product, version) = labels.For(key.ProductKey);
            AdvisoryRevisionChange Change(AdvisoryRevisionChangeKind kind, string? b, string? a) => new(kind, key.CveId, key.ProductKey, vendor, product, version, b, a);
            if (olds.Count == 0)
            {
                changes.Add(Change(AdvisoryRevisionChangeKind.StatementAdded, null, Describe(news)));
                continue;
            }

            if (news.Count == 0)
            {
                changes.Add(Change(AdvisoryRevisionChangeKind.StatementRemoved, Describe(olds), null));
                continue;
            }

            var oldStatus = Statuses(olds);
            var newStatus = Statuses(news);
            if (!string.Equals(oldStatus, newStatus, StringComparison.Ordinal))
            {
                changes.Add(Change(AdvisoryRevisionChangeKind.StatusChanged, oldStatus, newStatus));
            }

            var oldVersion = VersionText(olds[0]);
            var newVersion = VersionText(news[0]);
            if (!string.Equals(oldVersion, newVersion, StringComparison.Ordinal))
            {
                changes.Add(Change(AdvisoryRevisionChangeKind.VersionChanged, oldVersion, newVersion));
            }

            var oldReason = Reason(olds[0]);
            var newReason = Reason(news[0]);
            if (!string.Equals(oldReason, newReason, StringComparison.Ordinal))
            {
                changes.Add(Change(AdvisoryRevisionChangeKind.JustificationChanged, oldReason, newReason));
            }
        }
    }

    private static string Statuses(IEnumerable<AffectedStatement> statements) =>
        string.Join(", ", statements.Select(s => s.Status.ToLabel()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static string Describe(IEnumerable<AffectedStatement> statements) => string.Join(
        "; ",
        statements.Select(s => string.Join(' ', new[] { s.Status.ToLabel(), VersionText(s), Reason(s) }.Where(t => !string.IsNullOrEmpty(t)))).Order(StringComparer.Ordinal));

    private static string? VersionText(AffectedStatement s) => s.Version ?? s.VersionRange ?? s.RawVersion;

    private static string? Reason(AffectedStatement s) =>
        s.Justification is null && s.ImpactStatement is null ? null : string.Join(": ", new[] { s.Justification, s.ImpactStatement }.OfType<string>());

    private static void CompareRemediations(NormalizedAdvisory older, NormalizedAdvisory newer, ProductLabels labels, List<AdvisoryRevisionChange> changes)
    {
        var before = older.Remediations.ToLookup(r => (r.CveId, r.ProductKey, r.Category));
        var after = newer.Remediations.ToLookup(r => (r.CveId, r.ProductKey, r.Category));
        foreach (var key in before.Select(g => g.Key).Union(after.Select(g => g.Key)))
        {
            var olds = before[key].Select(Describe).Order(StringComparer.Ordinal).ToList();
            var news = after[key].Select(Describe).Order(StringComparer.Ordinal).ToList();

            // Identical texts match first; what is left pairs up in order as changed, the rest is added or removed.
            foreach (var same in olds.Intersect(news, StringComparer.Ordinal).ToList())
            {
                olds.Remove(same);
                news.Remove(same);
            }

            var (vendor, product, version) = labels.For(key.ProductKey);
            AdvisoryRevisionChange Change(AdvisoryRevisionChangeKind kind, string? b, string? a) => new(kind, key.CveId, key.ProductKey, vendor, product, version, b, a);
            var paired = Math.Min(olds.Count, news.Count);
            for (var i = 0; i < paired; i++)
            {
                changes.Add(Change(AdvisoryRevisionChangeKind.RemediationChanged, olds[i], news[i]));
            }

            changes.AddRange(olds.Skip(paired).Select(o => Change(AdvisoryRevisionChangeKind.RemediationRemoved, o, null)));
            changes.AddRange(news.Skip(paired).Select(n => Change(AdvisoryRevisionChangeKind.RemediationAdded, null, n)));
        }
    }

    private static string Describe(RemediationStatement r)
    {
        var text = r.Category.ToLabel() + ": " + r.Details;
        if (r.Url is not null)
        {
            text += " <" + r.Url + ">";
        }

        return r.Date is { } date ? text + " (" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")" : text;
    }

    /// <summary>Product labels for change records: the newer revision's naming wins over the older one's.</summary>
    private sealed class ProductLabels
    {
        private readonly Dictionary<string, AffectedStatement> byKey = new(StringComparer.Ordinal);

        public ProductLabels(NormalizedAdvisory older, NormalizedAdvisory newer)
        {
            foreach (var s in newer.Statements.Concat(older.Statements))
            {
                byKey.TryAdd(s.ProductKey, s);
            }
        }

        public (string? Vendor, string? Product, string? Version) For(string? productKey) =>
            productKey is not null && byKey.TryGetValue(productKey, out var s) ? (s.Vendor, s.Product ?? s.ProductName, s.Version ?? s.RawVersion) : (null, null, null);
    }
}
