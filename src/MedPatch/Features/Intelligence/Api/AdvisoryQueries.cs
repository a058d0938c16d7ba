using MedPatch.Core.Intelligence;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Intelligence.Api;

/// <summary>Reads advisories for the API and the pages: a filtered, paged list; one advisory in full; its stored documents.</summary>
public sealed class AdvisoryQueries(MedPatchDbContext db, VendorNames vendors)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["release_date", "tracking_id", "title"];

    public async Task<AdvisoryListResponse> ListAsync(AdvisoryFilter filter, string? sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = await FilterAsync(filter, cancellationToken).ConfigureAwait(false);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await Order(query, sort).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken).ConfigureAwait(false);

        var ids = rows.Select(a => a.Id).ToList();
        var revisions = await db.AdvisoryRevisions.AsNoTracking().Where(r => ids.Contains(r.AdvisoryId))
            .GroupBy(r => r.AdvisoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        var cves = (await (
                    from x in db.AdvisoryVulnerabilities.AsNoTracking()
                    join v in db.Vulnerabilities.AsNoTracking() on x.VulnerabilityId equals v.Id
                    where ids.Contains(x.AdvisoryId)
                    select new { x.AdvisoryId, v.CveId })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(x => x.AdvisoryId, x => x.CveId);
        var vendorNames = (await db.AffectedStatements.AsNoTracking().Where(s => ids.Contains(s.AdvisoryId) && s.Vendor != null)
                .Select(s => new { s.AdvisoryId, Vendor = s.Vendor! }).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(x => x.AdvisoryId, x => x.Vendor);

        var items = rows.Select(a => new AdvisoryListItem(
            a.Id, a.TrackingId, a.Title, a.Publisher, a.SourceFormat, a.CurrentVersion, a.CurrentReleaseDate, revisions.GetValueOrDefault(a.Id),
            [.. cves[a.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. vendorNames[a.Id].Where(v => !VendorNames.IsPlaceholder(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)])).ToList();
        return new AdvisoryListResponse(items, total, page, pageSize);
    }

    /// <summary>
    /// The advisory a path segment names: its id, or its tracking id in any case (what people type, e.g.
    /// icsma-24-010-01). Tracking ids are unique per publisher only; a CSAF advisory wins over a CVE record or NVD
    /// entry of the same id, then the newest.
    /// </summary>
    public async Task<Advisory?> FindAsync(string idOrTrackingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrTrackingId);
        var text = idOrTrackingId.Trim();
        if (Guid.TryParse(text, out var id))
        {
            return await db.Advisories.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        }

        var lowered = text.ToLowerInvariant();
        var exact = await db.Advisories.AsNoTracking().Where(a => a.TrackingId == text).ToListAsync(cancellationToken).ConfigureAwait(false);
        var candidates = exact.Count > 0
            ? exact
            : await db.Advisories.AsNoTracking().Where(a => a.TrackingId.ToLower() == lowered).ToListAsync(cancellationToken).ConfigureAwait(false);
        return candidates
            .OrderBy(a => string.Equals(a.SourceFormat, "csaf", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenByDescending(a => a.CurrentReleaseDate)
            .FirstOrDefault();
    }

    public async Task<AdvisoryDetail?> GetAsync(string idOrTrackingId, CancellationToken cancellationToken)
    {
        var advisory = await FindAsync(idOrTrackingId, cancellationToken).ConfigureAwait(false);
        if (advisory is null)
        {
            return null;
        }

        var (currentRevisionId, facts) = await CurrentAsync(advisory, cancellationToken).ConfigureAwait(false);
        var revisions = await RevisionsAsync(advisory, currentRevisionId, facts, cancellationToken).ConfigureAwait(false);

        var statements = await db.AffectedStatements.AsNoTracking()
            .Where(s => s.AdvisoryId == advisory.Id && (currentRevisionId == null || s.AdvisoryRevisionId == currentRevisionId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var products = statements
            .GroupBy(s => s.ProductKey, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                return new AffectedProduct(
                    g.Key, first.Vendor, first.Product ?? first.ProductName, first.Version ?? first.VersionRaw, first.VersionRange,
                    [.. g.SelectMany(s => s.ModelNumbers).Distinct(StringComparer.Ordinal)], first.Cpe, first.Purl,
                    [.. g.Select(s => new ProductCveStatus(s.CveId, s.Status, s.Justification, s.RemediationSummary))
                        .Distinct().OrderBy(s => s.Cve, StringComparer.Ordinal).ThenBy(s => s.Status, StringComparer.Ordinal)]);
            })
            .OrderBy(p => p.Vendor, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Product, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Version, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.ProductKey, StringComparer.Ordinal)
            .ToList();

        var remediationRows = await db.Remediations.AsNoTracking()
            .Where(r => r.AdvisoryId == advisory.Id && (currentRevisionId == null || r.AdvisoryRevisionId == currentRevisionId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var productNames = products.ToDictionary(p => p.ProductKey, ProductLabel, StringComparer.Ordinal);
        var remediations = remediationRows
            .GroupBy(r => (r.CveId, r.Category, r.Details, r.Url, r.Date))
            .Select(g => (g.Key.CveId, g.Key.Category, g.Key.Details, g.Key.Url, g.Key.Date, Products: g
                .Where(r => r.ProductKey is not null || r.Product is not null)
                .Select(r => r.Product ?? (productNames.TryGetValue(r.ProductKey!, out var name) ? name : r.ProductKey!))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList()))
            .GroupBy(r => (r.Category, r.Details, r.Url, r.Date, Products: string.Join('\n', r.Products)))
            .Select(g => new RemediationItem(
                g.Key.Category, g.Key.Details, g.Key.Url, g.Key.Date,
                [.. g.Where(r => r.CveId is not null).Select(r => r.CveId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                g.First().Products))
            .OrderBy(r => r.Category, StringComparer.Ordinal).ThenBy(r => r.Cves.FirstOrDefault(), StringComparer.Ordinal)
            .ToList();

        var vulnerabilities = await (
                from x in db.AdvisoryVulnerabilities.AsNoTracking()
                join v in db.Vulnerabilities.AsNoTracking() on x.VulnerabilityId equals v.Id
                where x.AdvisoryId == advisory.Id
                select new
                {
                    v.CveId,
                    v.Title,
                    v.InKev,
                    v.EpssScore,
                    v.CvssV2Score,
                    v.CvssV3Vector,
                    v.CvssV3Score,
                    v.CvssV4Score,
                })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new AdvisoryDetail(
            advisory.Id, advisory.TrackingId, advisory.PublisherNamespace, advisory.Title, advisory.Publisher, advisory.Category, advisory.Status,
            advisory.Tlp, advisory.CurrentVersion, advisory.InitialReleaseDate, advisory.CurrentReleaseDate, advisory.SourceFormat,
            facts.Notes, revisions, products, remediations,
            [.. vulnerabilities.OrderBy(v => v.CveId, StringComparer.Ordinal)
                .Select(v =>
                {
                    var cvss = CvssHeadline.Pick(v.CvssV2Score, v.CvssV3Vector, v.CvssV3Score, v.CvssV4Score);
                    return new AdvisoryVulnerabilityItem(v.CveId, v.Title, cvss.Score, cvss.Severity, v.InKev, v.EpssScore);
                })],
            facts.References);
    }

    /// <summary>Every revision of the advisory, newest first; null when the advisory is unknown.</summary>
    public async Task<IReadOnlyList<AdvisoryRevisionItem>?> RevisionsAsync(string idOrTrackingId, CancellationToken cancellationToken)
    {
        var advisory = await FindAsync(idOrTrackingId, cancellationToken).ConfigureAwait(false);
        if (advisory is null)
        {
            return null;
        }

        var (currentRevisionId, facts) = await CurrentAsync(advisory, cancellationToken).ConfigureAwait(false);
        return await RevisionsAsync(advisory, currentRevisionId, facts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The original bytes of one stored revision, by its version; the most recently imported when a publisher
    /// reissued a version with different bytes. Null when the revision is unknown.
    /// </summary>
    public async Task<byte[]?> DocumentAsync(Guid advisoryId, string version, CancellationToken cancellationToken) =>
        await db.AdvisoryRevisions.AsNoTracking()
            .Where(r => r.AdvisoryId == advisoryId && r.Version == version)
            .OrderByDescending(r => r.ImportedAt)
            .Select(r => r.Content)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The advisory's current revision and what its stored document says beyond the columns.</summary>
    private async Task<(Guid? RevisionId, AdvisoryDocumentFacts Facts)> CurrentAsync(Advisory advisory, CancellationToken cancellationToken)
    {
        var revisionId = await CurrentRevisionIdAsync(advisory, cancellationToken).ConfigureAwait(false);
        var content = revisionId is { } id
            ? await db.AdvisoryRevisions.AsNoTracking().Where(r => r.Id == id).Select(r => r.Content).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        return (revisionId, AdvisoryDocumentFacts.Read(content));
    }

    private async Task<Guid?> CurrentRevisionIdAsync(Advisory advisory, CancellationToken cancellationToken) =>
        advisory.CurrentRevisionId ?? await db.AdvisoryRevisions.AsNoTracking()
            .Where(r => r.AdvisoryId == advisory.Id && r.Version == advisory.CurrentVersion)
            .OrderByDescending(r => r.ImportedAt).Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The stored revisions merged with the current document's revision history: a stored revision takes its
    /// summary from the history entry of the same number, and history entries never imported are listed too.
    /// </summary>
    private async Task<IReadOnlyList<AdvisoryRevisionItem>> RevisionsAsync(
        Advisory advisory, Guid? currentRevisionId, AdvisoryDocumentFacts facts, CancellationToken cancellationToken)
    {
        var stored = await db.AdvisoryRevisions.AsNoTracking().Where(r => r.AdvisoryId == advisory.Id)
            .Select(r => new { r.Id, r.Version, r.CurrentReleaseDate, r.ImportedAt, r.Sha256 })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var changes = (await db.AdvisoryChanges.AsNoTracking().Where(c => c.AdvisoryId == advisory.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(c => c.ToRevisionId);
        var history = facts.History.GroupBy(h => h.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

        var items = stored.Select(r =>
        {
            var entry = history.GetValueOrDefault(r.Version);
            return new AdvisoryRevisionItem(
                r.Version, r.CurrentReleaseDate ?? entry?.Date, entry?.Summary, r.Id, r.ImportedAt, r.Sha256, r.Id == currentRevisionId,
                [.. changes[r.Id].OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.CveId, StringComparer.Ordinal)
                    .ThenBy(c => c.Product, StringComparer.Ordinal)
                    .Select(c => new AdvisoryChangeItem(c.Kind, c.FromVersion, c.CveId, c.Product, c.Before, c.After))]);
        }).ToList();
        var storedVersions = stored.Select(r => r.Version).ToHashSet(StringComparer.Ordinal);
        items.AddRange(history.Values.Where(h => !storedVersions.Contains(h.Number))
            .Select(h => new AdvisoryRevisionItem(h.Number, h.Date, h.Summary, null, null, null, false, [])));
        return [.. items.OrderByDescending(i => i.Date).ThenByDescending(i => i.ImportedAt)];
    }

    private async Task<IQueryable<Advisory>> FilterAsync(AdvisoryFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Advisories.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Cve))
        {
            var cve = CveIds.Normalize(filter.Cve) ?? filter.Cve.Trim();
            var named = from x in db.AdvisoryVulnerabilities
                        join v in db.Vulnerabilities on x.VulnerabilityId equals v.Id
                        where v.CveId == cve
                        select x.AdvisoryId;
            query = query.Where(a => named.Contains(a.Id));
        }

        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            var source = filter.Source.Trim().ToLowerInvariant();
            query = query.Where(a => a.SourceFormat == source);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim().ToLowerInvariant();
            query = query.Where(a => a.TrackingId.ToLower().Contains(text) || (a.Title != null && a.Title.ToLower().Contains(text)));
        }

        if (await StatementFilter.MatchingAsync(db, vendors, filter.Manufacturer, filter.Product, cancellationToken).ConfigureAwait(false) is { } statements)
        {
            query = query.Where(a => statements.Any(s => s.AdvisoryId == a.Id));
        }

        return query;
    }

    private static IQueryable<Advisory> Order(IQueryable<Advisory> query, string? sort)
    {
        var key = string.IsNullOrWhiteSpace(sort) ? "-release_date" : sort.Trim().ToLowerInvariant();
        var descending = key.StartsWith('-');
        return key.TrimStart('-') switch
        {
            "tracking_id" => descending ? query.OrderByDescending(a => a.TrackingId) : query.OrderBy(a => a.TrackingId),
            "title" => (descending ? query.OrderByDescending(a => a.Title) : query.OrderBy(a => a.Title)).ThenBy(a => a.TrackingId),
            // Undated advisories last either way, the same on both databases (they disagree on where NULL goes).
            _ => (descending
                    ? query.OrderBy(a => a.CurrentReleaseDate == null).ThenByDescending(a => a.CurrentReleaseDate)
                    : query.OrderBy(a => a.CurrentReleaseDate == null).ThenBy(a => a.CurrentReleaseDate))
                .ThenBy(a => a.TrackingId),
        };
    }

    private static string ProductLabel(AffectedProduct product) =>
        string.Join(' ', new[] { product.Vendor, product.Product, product.Version ?? product.VersionRange }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
