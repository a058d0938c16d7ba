using System.Text.Json;
using MedPatch.Core.Auditing;
using MedPatch.Core.Intelligence;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Stores one advisory document in its own transaction: the advisory, the revision (its bytes verbatim), the
/// vulnerabilities it names, and, when it is the newest revision, its statements, remediations and VEX
/// statements, replacing the previous revision's, with the differences recorded. One audit record per document.
/// A handful of round trips per document whatever its size: vulnerabilities are looked up in one query, and on
/// PostgreSQL the statements and remediations, the bulk of the rows, go in together with the audit chain's lock.
/// </summary>
public sealed class AdvisoryStore(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
    private const int SummaryLength = 1000;

    // The last EPSS file's model, looked up once per import: null until looked up, then whether there is one.
    private (bool Exists, string? ModelVersion)? epssRelease;

    /// <param name="reread">Normalizes a stored revision again, to compare it with the new one.</param>
    public async Task<AdvisoryOutcome> StoreAsync(ParsedAdvisory parsed, string file, Func<byte[], string, NormalizedAdvisory?> reread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(reread);
        var a = parsed.Advisory;
        var publisherNamespace = Limit(a.Publisher.Namespace ?? a.Publisher.Name, 500);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // The document's own transaction already rolls back as a whole: a savepoint around SaveChanges would only add
        // two round trips per document.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var advisory = await db.Advisories
                .FirstOrDefaultAsync(x => x.PublisherNamespace == publisherNamespace && x.TrackingId == a.TrackingId, cancellationToken).ConfigureAwait(false);
            var revision = new AdvisoryRevisionDocument
            {
                Version = VersionOf(a),
                CurrentReleaseDate = a.CurrentRelease?.UtcDateTime,
                ImportedAt = now,
                Sha256 = parsed.Sha256,
                Content = parsed.Content,
            };
            AdvisoryOutcome outcome;
            var statements = new List<CatalogAffectedStatement>();
            var remediations = new List<Remediation>();
            AdvisoryRevisionDiff? diff = null;
            Guid? previousRevisionId = null;
            if (advisory is null)
            {
                advisory = new Advisory
                {
                    PublisherNamespace = publisherNamespace,
                    TrackingId = a.TrackingId,
                    CurrentVersion = revision.Version,
                    SourceFormat = a.Source.ToLabel(),
                    CreatedAt = now,
                };
                db.Advisories.Add(advisory);
                outcome = AdvisoryOutcome.Imported;
            }
            else
            {
                var revisions = await db.AdvisoryRevisions.AsNoTracking().Where(r => r.AdvisoryId == advisory.Id)
                    .Select(r => new { r.Id, r.Version, r.CurrentReleaseDate, r.Sha256 })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                if (revisions.Any(r => r.Sha256 == parsed.Sha256))
                {
                    return AdvisoryOutcome.Unchanged;
                }

                var current = revisions.FirstOrDefault(r => r.Id == advisory.CurrentRevisionId);
                if (current is not null && !RevisionOrder.IsSameOrNewer(revision.Version, revision.CurrentReleaseDate, current.Version, current.CurrentReleaseDate))
                {
                    outcome = AdvisoryOutcome.Older;
                }
                else
                {
                    outcome = AdvisoryOutcome.Updated;
                    if (current is not null)
                    {
                        previousRevisionId = current.Id;
                        var bytes = await db.AdvisoryRevisions.AsNoTracking().Where(r => r.Id == current.Id).Select(r => r.Content)
                            .SingleAsync(cancellationToken).ConfigureAwait(false);
                        if (reread(bytes, advisory.SourceFormat) is { } older)
                        {
                            diff = AdvisoryRevisionDiff.Compare(older, a);
                        }
                    }

                    await RemoveCurrentContentAsync(advisory.Id, cancellationToken).ConfigureAwait(false);
                }
            }

            revision.AdvisoryId = advisory.Id;
            db.AdvisoryRevisions.Add(revision);
            if (outcome != AdvisoryOutcome.Older)
            {
                advisory.Title = a.Title;
                advisory.Publisher = a.Publisher.Name;
                advisory.Category = parsed.Category ?? a.Source.ToLabel();
                advisory.Status = a.Status;
                advisory.CurrentVersion = revision.Version;
                advisory.InitialReleaseDate = a.InitialRelease?.UtcDateTime;
                advisory.CurrentReleaseDate = a.CurrentRelease?.UtcDateTime;
                advisory.Tlp = a.Tlp;
                advisory.CurrentRevisionId = revision.Id;
                advisory.UpdatedAt = now;
                await AddContentAsync(parsed, advisory, revision, now, statements, remediations, cancellationToken).ConfigureAwait(false);
                if (diff is not null)
                {
                    AddChanges(advisory, previousRevisionId, diff, revision);
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var pending = await StatementWriter.WriteAsync(db, statements, remediations, cancellationToken).ConfigureAwait(false);
            var action = outcome switch
            {
                AdvisoryOutcome.Imported => "advisory.imported",
                AdvisoryOutcome.Updated => "advisory.updated",
                _ => "advisory.revision_stored",
            };
            var after = AuditJson.Write(
            [
                new("tracking_id", a.TrackingId), new("publisher_namespace", publisherNamespace), new("version", revision.Version),
                new("sha256", parsed.Sha256), new("source", a.Source.ToLabel()), new("file", file),
                new("changes", diff?.Changes.Count ?? 0),
            ]);
            await audit.AppendAsync(db, [audit.Draft(action, "advisory", advisory.Id.ToString("D"), null, null, after)], pending, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.Database.AutoSavepointsEnabled = true;
        }
    }

    private async Task RemoveCurrentContentAsync(Guid advisoryId, CancellationToken cancellationToken)
    {
        await db.AffectedStatements.Where(s => s.AdvisoryId == advisoryId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Remediations.Where(r => r.AdvisoryId == advisoryId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.VexStatements.Where(v => v.AdvisoryId == advisoryId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.AdvisoryVulnerabilities.Where(v => v.AdvisoryId == advisoryId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task AddContentAsync(ParsedAdvisory parsed, Advisory advisory, AdvisoryRevisionDocument revision, DateTime now, List<CatalogAffectedStatement> statements, List<Remediation> remediations, CancellationToken cancellationToken)
    {
        var a = parsed.Advisory;
        var source = a.Source.ToLabel();
        var vulnerabilities = await UpsertVulnerabilitiesAsync(a, now, cancellationToken).ConfigureAwait(false);
        foreach (var id in vulnerabilities.Values.Select(v => v.Id).Distinct())
        {
            db.AdvisoryVulnerabilities.Add(new AdvisoryVulnerability { AdvisoryId = advisory.Id, VulnerabilityId = id });
        }

        Guid? VulnerabilityOf(string cve) => vulnerabilities.TryGetValue(cve, out var v) ? v.Id : null;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in a.Statements)
        {
            labels.TryAdd(s.ProductKey, s.ProductName ?? s.Label);
        }

        var remediationsByCve = a.Remediations.ToLookup(r => r.CveId, StringComparer.Ordinal);
        foreach (var r in a.Remediations)
        {
            remediations.Add(new Remediation
            {
                AdvisoryId = advisory.Id,
                AdvisoryRevisionId = revision.Id,
                VulnerabilityId = VulnerabilityOf(r.CveId),
                CveId = r.CveId,
                Category = r.Category.ToLabel(),
                Details = r.Details,
                Url = r.Url,
                Date = r.Date?.UtcDateTime,
                ProductKey = r.ProductKey,
                Product = r.ProductKey is { } key ? labels.GetValueOrDefault(key) : null,
            });
        }

        var isVex = string.Equals(parsed.Category, "csaf_vex", StringComparison.Ordinal);
        foreach (var s in a.Statements)
        {
            var vulnerabilityId = VulnerabilityOf(s.CveId);
            statements.Add(new CatalogAffectedStatement
            {
                AdvisoryId = advisory.Id,
                AdvisoryRevisionId = revision.Id,
                VulnerabilityId = vulnerabilityId,
                CveId = s.CveId,
                ProductKey = s.ProductKey,
                Vendor = s.Vendor,
                NormalizedVendor = s.Vendor is { } vendor ? ManufacturerName.Normalize(vendor) : null,
                Product = s.Product,
                Version = s.Version,
                VersionRange = s.VersionRange,
                VersionRaw = s.RawVersion,
                ProductName = s.ProductName,
                ModelNumbers = [.. s.ModelNumbers],
                Cpe = s.Cpe,
                Purl = s.Purl,
                Status = s.Status.ToLabel(),
                Justification = s.Justification,
                RemediationSummary = Summary(remediationsByCve[s.CveId].Where(r => r.ProductKey is null || r.ProductKey == s.ProductKey)),
                Source = source,
            });

            // The CSAF VEX profile: a product not affected must say why (a justification flag or an impact statement).
            if (isVex && s.Status == AffectedStatus.NotAffected && (s.Justification is not null || s.ImpactStatement is not null))
            {
                db.VexStatements.Add(new CatalogVexStatement
                {
                    Source = VexSource.CsafAdvisory,
                    AdvisoryId = advisory.Id,
                    VulnerabilityId = vulnerabilityId,
                    VulnerabilityRef = s.CveId,
                    ProductRef = s.ProductKey,
                    Status = s.Status.ToLabel(),
                    Justification = s.Justification,
                    Detail = s.ImpactStatement,
                });
            }
        }
    }

    private void AddChanges(Advisory advisory, Guid? fromRevisionId, AdvisoryRevisionDiff diff, AdvisoryRevisionDocument to)
    {
        foreach (var c in diff.Changes)
        {
            var product = string.Join(' ', new[] { c.Vendor, c.Product, c.Version }.Where(s => !string.IsNullOrWhiteSpace(s)));
            db.AdvisoryChanges.Add(new AdvisoryChange
            {
                AdvisoryId = advisory.Id,
                FromRevisionId = fromRevisionId,
                ToRevisionId = to.Id,
                FromVersion = diff.OlderVersion,
                ToVersion = to.Version,
                Kind = c.Kind.ToLabel(),
                CveId = c.CveId,
                ProductKey = c.ProductKey,
                Product = product.Length == 0 ? null : product,
                Before = c.Before,
                After = c.After,
            });
        }
    }

    /// <summary>The advisory's vulnerabilities by id, created when new and updated with what this source knows.</summary>
    private async Task<Dictionary<string, Vulnerability>> UpsertVulnerabilitiesAsync(NormalizedAdvisory a, DateTime now, CancellationToken cancellationToken)
    {
        var named = a.Vulnerabilities.Where(v => v.IsCve).GroupBy(v => v.CveId, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
        var ids = named.Select(v => v.CveId).ToList();
        var found = ids.Count == 0
            ? []
            : await db.Vulnerabilities.Where(v => EF.Parameter(ids).Contains(v.CveId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = found.ToDictionary(v => v.CveId, StringComparer.Ordinal);
        var created = new List<Vulnerability>();
        foreach (var n in named)
        {
            if (!byId.TryGetValue(n.CveId, out var vulnerability))
            {
                vulnerability = new Vulnerability { CveId = n.CveId, CreatedAt = now, UpdatedAt = now };
                db.Vulnerabilities.Add(vulnerability);
                byId[n.CveId] = vulnerability;
                created.Add(vulnerability);
            }

            if (VulnerabilityMerge.Apply(vulnerability, n, a))
            {
                vulnerability.UpdatedAt = now;
            }
        }

        if (created.Count > 0)
        {
            await FillEpssAsync(created, cancellationToken).ConfigureAwait(false);
        }

        return byId;
    }

    /// <summary>A vulnerability new to MedPatch takes its score from the last EPSS file, if one was imported.</summary>
    private async Task FillEpssAsync(List<Vulnerability> created, CancellationToken cancellationToken)
    {
        if (epssRelease is null)
        {
            var release = await db.EpssReleases.AsNoTracking().OrderByDescending(r => r.ImportedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            epssRelease = (release is not null, release?.ModelVersion);
        }

        if (!epssRelease.Value.Exists)
        {
            return;
        }

        var ids = created.Select(v => v.CveId).ToList();
        var scores = await db.EpssScores.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.CveId))
            .ToDictionaryAsync(e => e.CveId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var v in created)
        {
            if (scores.TryGetValue(v.CveId, out var score))
            {
                v.EpssScore = score.Score;
                v.EpssPercentile = score.Percentile;
                v.EpssScoreDate = score.ScoreDate;
                v.EpssModelVersion = epssRelease.Value.ModelVersion;
            }
        }
    }

    /// <summary>CVE records and NVD entries carry no version: their last update time stands for it.</summary>
    private static string VersionOf(NormalizedAdvisory a) =>
        a.Version ?? a.CurrentRelease?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? Summary(IEnumerable<RemediationStatement> remediations)
    {
        var text = string.Join("; ", remediations.Select(r => r.Category.ToLabel() + ": " + r.Details.ReplaceLineEndings(" ").Trim()).Distinct(StringComparer.Ordinal));
        return text.Length == 0 ? null : Limit(text, SummaryLength);
    }

    private static string Limit(string text, int length) => text.Length > length ? text[..length] : text;

    internal static string ReferencesJson(IEnumerable<AdvisoryReference> references) =>
        JsonSerializer.Serialize(references.Select(r => new ReferenceJson(r.Url, r.Summary, r.Category)), ReferenceJsonOptions);

    private static readonly JsonSerializerOptions ReferenceJsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record ReferenceJson(string Url, string? Summary, string? Category);
}
