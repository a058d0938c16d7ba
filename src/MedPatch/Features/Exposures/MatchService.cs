using System.Linq.Expressions;
using MedPatch.Core.Auditing;
using MedPatch.Core.Devices;
using MedPatch.Core.Matching;
using MedPatch.Core.Risk;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using Microsoft.EntityFrameworkCore;
using StoredExposure = MedPatch.Core.Exposures.Exposure;

namespace MedPatch.Features.Exposures;

/// <summary>
/// Matches the inventory the context's scope shows against the catalog and replaces the stored exposures of a
/// <see cref="MatchScope"/> in one transaction, with one audit record for the run. An exposure found again (same
/// device, vulnerability and statement) keeps its id, first-seen time and triage; one whose statement changed starts
/// over as open. Rows are written a few thousand devices at a time so that memory stays bounded by the engine's own
/// result, not by the tracked rows.
/// </summary>
public sealed class MatchService(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
    private const int DevicesPerChunk = 2000;

    /// <param name="progress">Called with (devices written, devices in all) as the rows are stored.</param>
    public Task<MatchRunResult> RunFullAsync(CancellationToken cancellationToken, Action<int, int>? progress = null) =>
        RunAsync(new MatchScope.Everything(), cancellationToken, progress);

    public async Task<MatchRunResult> RunAsync(MatchScope scope, CancellationToken cancellationToken, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var started = clock.GetTimestamp();
        var inputs = await new MatchInputLoader(db, clock).LoadAsync(scope, cancellationToken).ConfigureAwait(false);
        var set = MatchEngine.Full(inputs.Catalog, inputs.Devices, inputs.Statements, inputs.SbomComponents);
        var loader = new RankingFactsLoader(db, clock);
        var facts = await loader.StartAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (id, device) in inputs.DeviceFacts)
        {
            facts.Devices[id] = device;
        }

        await loader.AddVulnerabilitiesAsync(facts, set.Select(e => e.VulnerabilityId), cancellationToken).ConfigureAwait(false);
        var ranker = new ExposureRanker(facts);

        // A run over all devices sees every exposure of its vulnerabilities, so it counts them itself; a run over
        // some devices ranks provisionally and re-ranks every exposure of the vulnerabilities it touched.
        if (scope is not MatchScope.Devices)
        {
            ranker.Count(set);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var writer = new ExposureWriter(db, clock, inputs, ranker);
            await WriteAsync(scope, set, inputs, writer, progress, cancellationToken).ConfigureAwait(false);
            if (scope is MatchScope.Devices && writer.Touched.Count > 0)
            {
                var touched = writer.Touched.ToList();
                await RerankCoreAsync(e => EF.Parameter(touched).Contains(e.Cve), cancellationToken).ConfigureAwait(false);
            }

            var result = Summary(scope, inputs, set, writer, clock.GetElapsedTime(started).TotalSeconds);
            if (scope is MatchScope.Everything || writer.Created + writer.Updated + writer.Removed > 0)
            {
                var after = AuditJson.Write(
                [
                    new("scope", scope.Name), new("devices", result.Devices), new("statements", result.Statements), new("exposures", result.Exposures),
                    new("created", writer.Created), new("updated", writer.Updated), new("removed", writer.Removed),
                ]);
                await audit.AppendAsync(db, [audit.Draft("match.completed", "match_run", null, null, null, after)], cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return result;
        }).ConfigureAwait(false);
    }

    /// <summary>Re-ranks the stored exposures in scope without matching again; returns how many changed.</summary>
    public async Task<int> RerankAsync(RerankScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Expression<Func<StoredExposure, bool>> predicate = scope switch
        {
            RerankScope.Vulnerabilities v => Contains(v.Ids),
            RerankScope.Devices d => ContainsDevice(d.Ids),
            RerankScope.Segment s => e => db.Devices.Any(d => d.Id == e.DeviceId && d.NetworkSegmentId == s.Id),
            RerankScope.Organization o => e => e.OrganizationId == o.Id,
            _ => e => true,
        };
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var changed = await RerankCoreAsync(predicate, cancellationToken).ConfigureAwait(false);
            if (changed > 0)
            {
                var after = AuditJson.Write([new("scope", ScopeName(scope)), new("changed", changed)]);
                await audit.AppendAsync(db, [audit.Draft("exposures.reranked", "match_run", null, null, null, after)], cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return changed;
        }).ConfigureAwait(false);
    }

    private static Expression<Func<StoredExposure, bool>> Contains(IReadOnlyCollection<string> ids)
    {
        var list = ids.ToList();
        return e => EF.Parameter(list).Contains(e.Cve);
    }

    private static Expression<Func<StoredExposure, bool>> ContainsDevice(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.ToList();
        return e => EF.Parameter(list).Contains(e.DeviceId);
    }

    private static string ScopeName(RerankScope scope) => scope switch
    {
        RerankScope.Vulnerabilities => "vulnerabilities",
        RerankScope.Devices => "devices",
        RerankScope.Segment => "segment",
        RerankScope.Organization => "organization",
        _ => "all",
    };

    private async Task WriteAsync(MatchScope scope, ExposureSet set, MatchInputs inputs, ExposureWriter writer, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        switch (scope)
        {
            case MatchScope.Vulnerabilities v:
                {
                    var ids = v.Ids.ToList();
                    var existing = await db.Exposures.Where(e => EF.Parameter(ids).Contains(e.Cve)).ToListAsync(cancellationToken).ConfigureAwait(false);
                    await writer.ApplyAsync(existing, set, cancellationToken).ConfigureAwait(false);
                    break;
                }

            case MatchScope.Devices d:
                {
                    foreach (var chunk in d.Ids.Distinct().Chunk(DevicesPerChunk))
                    {
                        var existing = await db.Exposures.Where(e => EF.Parameter(chunk).Contains(e.DeviceId)).ToListAsync(cancellationToken).ConfigureAwait(false);
                        var ids = chunk.ToHashSet();
                        await writer.ApplyAsync(existing, set.Where(e => ids.Contains(e.DeviceId)), cancellationToken).ConfigureAwait(false);
                    }

                    break;
                }

            default:
                {
                    // Devices retired or out of the loaded inventory keep no exposures.
                    var gone = await db.Exposures
                        .Where(e => !db.Devices.Any(x => x.Id == e.DeviceId && x.InService != InServiceState.Retired))
                        .ToListAsync(cancellationToken).ConfigureAwait(false);
                    await writer.ApplyAsync(gone, [], cancellationToken).ConfigureAwait(false);
                    var byDevice = set.ToLookup(e => e.DeviceId);
                    var written = 0;
                    foreach (var chunk in inputs.Devices.Select(x => x.Id).Order().Chunk(DevicesPerChunk))
                    {
                        var existing = await db.Exposures.Where(e => EF.Parameter(chunk).Contains(e.DeviceId)).ToListAsync(cancellationToken).ConfigureAwait(false);
                        await writer.ApplyAsync(existing, chunk.SelectMany(id => byDevice[id]), cancellationToken).ConfigureAwait(false);
                        written += chunk.Length;
                        progress?.Invoke(written, inputs.Devices.Count);
                    }

                    break;
                }
        }
    }

    /// <summary>Ranks the stored exposures the predicate selects, a few thousand devices at a time.</summary>
    private async Task<int> RerankCoreAsync(Expression<Func<StoredExposure, bool>> predicate, CancellationToken cancellationToken)
    {
        var loader = new RankingFactsLoader(db, clock);
        var facts = await loader.StartAsync(cancellationToken).ConfigureAwait(false);
        var ranker = new ExposureRanker(facts);
        var now = clock.GetUtcNow().UtcDateTime;
        var deviceIds = await db.Exposures.Where(predicate).Select(e => e.DeviceId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var chunk in deviceIds.Order().Chunk(DevicesPerChunk))
        {
            var rows = await db.Exposures.Where(predicate).Where(e => EF.Parameter(chunk).Contains(e.DeviceId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var cves = rows.Select(r => r.Cve).Distinct(StringComparer.Ordinal).ToList();
            await loader.AddDevicesAsync(facts, chunk, cancellationToken).ConfigureAwait(false);
            await loader.AddVulnerabilitiesAsync(facts, cves, cancellationToken).ConfigureAwait(false);
            await loader.CountStoredAsync(facts, cves, cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                ExposureWriter.ApplyRank(row, ranker.Rank(row.DeviceId, row.Cve, row.State));
            }

            db.ChangeTracker.DetectChanges();
            foreach (var entry in db.ChangeTracker.Entries<StoredExposure>().Where(x => x.State == EntityState.Modified))
            {
                entry.Entity.UpdatedAt = now;
                changed++;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        return changed;
    }

    private static MatchRunResult Summary(MatchScope scope, MatchInputs inputs, ExposureSet set, ExposureWriter writer, double seconds)
    {
        static Dictionary<string, int> By(IEnumerable<string> labels) =>
            labels.GroupBy(l => l, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        return new MatchRunResult(
            inputs.Devices.Count,
            inputs.Statements.Count,
            set.Count,
            writer.Created,
            writer.Updated,
            writer.Removed,
            set.Unresolved.Count,
            By(set.Select(e => ExposureLabels.Of(e.State))),
            By(set.Select(e => ExposureLabels.Of(e.Confidence))),
            By(writer.Decisions.Select(d => ExposureLabels.Of(d))),
            Math.Round(seconds, 3))
        {
            Scope = scope.Name,
        };
    }
}
