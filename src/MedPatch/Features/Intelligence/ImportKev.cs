using MedPatch.Core.Auditing;
using MedPatch.Core.Intelligence;
using MedPatch.Core.Standards.Kev;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Imports a release of CISA's KEV catalog in one transaction: every listed CVE gets its KEV facts (a stub
/// vulnerability when MedPatch does not know it yet), and CVEs the previous catalog listed but this one does not
/// lose their KEV flag. A catalog older than the newest imported one is recorded nowhere and changes nothing.
/// </summary>
public sealed class ImportKev(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
    /// <exception cref="KevFormatException">The file is not a KEV catalog.</exception>
    public async Task<KevImportResult> RunAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await CatalogFiles.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        KevCatalog catalog;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            catalog = KevCatalogReader.Read(stream);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(() => ImportAsync(Path.GetFileName(path), catalog, cancellationToken)).ConfigureAwait(false);
        if (result.Created + result.Updated + result.Cleared > 0)
        {
            // Committed: Exploitation may have changed for any exposed vulnerability, listed now or dropped.
            var exposed = await db.Exposures.Select(e => e.Cve).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            await new ExposureUpdates(db, clock, audit).RerankAsync(new RerankScope.Vulnerabilities(exposed), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<KevImportResult> ImportAsync(string file, KevCatalog catalog, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var released = catalog.DateReleased.UtcDateTime;
        var newest = await db.KevCatalogReleases.AsNoTracking().OrderByDescending(k => k.DateReleased)
            .Select(k => (DateTime?)k.DateReleased).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var entries = catalog.Vulnerabilities.GroupBy(v => v.CveId, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (newest is { } known && released < known)
        {
            return new KevImportResult(file, catalog.CatalogVersion, catalog.DateReleased, entries.Count, 0, 0, 0, 0, Older: true);
        }

        var ids = entries.Select(e => e.CveId).ToList();
        var existing = await db.Vulnerabilities
            .Where(v => v.InKev || EF.Parameter(ids).Contains(v.CveId))
            .ToDictionaryAsync(v => v.CveId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        int created = 0, updated = 0, unchanged = 0, cleared = 0;
        foreach (var entry in entries)
        {
            if (!existing.Remove(entry.CveId, out var vulnerability))
            {
                vulnerability = new Vulnerability { CveId = entry.CveId, CreatedAt = now, UpdatedAt = now };
                Apply(vulnerability, entry);
                db.Vulnerabilities.Add(vulnerability);
                created++;
            }
            else if (Apply(vulnerability, entry))
            {
                vulnerability.UpdatedAt = now;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        // What is left was listed before (or marked by a CVE record) and is not in this catalog any more.
        foreach (var dropped in existing.Values.Where(v => v.InKev))
        {
            dropped.InKev = false;
            dropped.UpdatedAt = now;
            cleared++;
        }

        if (!await db.KevCatalogReleases.AnyAsync(k => k.CatalogVersion == catalog.CatalogVersion, cancellationToken).ConfigureAwait(false))
        {
            db.KevCatalogReleases.Add(new KevCatalogRelease
            {
                CatalogVersion = catalog.CatalogVersion,
                DateReleased = released,
                Count = catalog.Count,
                ImportedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var result = new KevImportResult(file, catalog.CatalogVersion, catalog.DateReleased, entries.Count, created, updated, unchanged, cleared, Older: false);
        var after = AuditJson.Write(
        [
            new("file", file), new("catalog_version", catalog.CatalogVersion), new("entries", entries.Count),
            new("created", created), new("updated", updated), new("unchanged", unchanged), new("cleared", cleared),
        ]);
        await audit.AppendAsync(db, [audit.Draft("kev.imported", "kev_catalog", catalog.CatalogVersion, null, null, after)], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>Sets the entry's KEV facts; true when anything changed. Descriptive fields only fill gaps.</summary>
    private static bool Apply(Vulnerability v, KevVulnerability entry)
    {
        var changed = !v.InKev || v.KevDateAdded != entry.DateAdded || v.KevDueDate != entry.DueDate ||
            v.KevRansomwareUse != entry.KnownRansomwareCampaignUse || v.KevRequiredAction != entry.RequiredAction;
        v.InKev = true;
        v.KevDateAdded = entry.DateAdded;
        v.KevDueDate = entry.DueDate;
        v.KevRansomwareUse = entry.KnownRansomwareCampaignUse;
        v.KevRequiredAction = entry.RequiredAction;
        if (v.Title is null)
        {
            v.Title = entry.VulnerabilityName;
            changed = true;
        }

        if (v.Description is null)
        {
            v.Description = entry.ShortDescription;
            changed = true;
        }

        if (v.Cwe is null && entry.Cwes.Count > 0)
        {
            v.Cwe = entry.Cwes[0];
            changed = true;
        }

        return changed;
    }
}
