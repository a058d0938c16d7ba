using MedPatch.Core.Auditing;
using MedPatch.Core.Matching;
using MedPatch.Core.Risk;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using Microsoft.EntityFrameworkCore;
using StoredExposure = MedPatch.Core.Exposures.Exposure;

namespace MedPatch.Features.Exposures;

/// <summary>
/// Matches the inventory the context's scope shows against the catalog and replaces its stored exposures in one
/// transaction, with one audit record for the run. An exposure found again (same device, vulnerability and
/// statement) keeps its id, first-seen time and triage status; one whose statement changed starts over as open.
/// </summary>
public sealed class MatchService(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
    /// <summary>Every exposure is recomputed; the incremental path of the engine is not wired to storage yet.</summary>
    public async Task<MatchRunResult> RunFullAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var inputs = await new MatchInputLoader(db, clock).LoadAsync(cancellationToken).ConfigureAwait(false);
        var set = MatchEngine.Full(inputs.Catalog, inputs.Devices, inputs.Statements, inputs.SbomComponents);
        var vulnerabilities = await VulnerabilitiesAsync(set.Select(e => e.VulnerabilityId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var ranker = new ExposureRanker(vulnerabilities, inputs.DeviceFacts, RiskSettings.Default);
        ranker.Count(set);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var (created, updated, removed, decisions) = await ReplaceAsync(set, inputs, vulnerabilities, ranker, cancellationToken).ConfigureAwait(false);
            var result = Summary(inputs, set, decisions, (created, updated, removed), clock.GetElapsedTime(started).TotalSeconds);
            var after = AuditJson.Write(
            [
                new("devices", result.Devices), new("statements", result.Statements), new("exposures", result.Exposures),
                new("created", created), new("updated", updated), new("removed", removed),
            ]);
            await audit.AppendAsync(db, [audit.Draft("match.completed", "match_run", null, null, null, after)], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return result;
        }).ConfigureAwait(false);
    }

    private async Task<(int Created, int Updated, int Removed, List<DeployerDecision?> Decisions)> ReplaceAsync(
        ExposureSet set, MatchInputs inputs, IReadOnlyDictionary<string, VulnerabilityFacts> vulnerabilities, ExposureRanker ranker, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Exposures.ToDictionaryAsync(e => (e.DeviceId, e.Cve), cancellationToken).ConfigureAwait(false);
        var created = 0;
        var decisions = new List<DeployerDecision?>(set.Count);
        foreach (var e in set)
        {
            var device = inputs.DeviceFacts[e.DeviceId];
            if (!existing.Remove((e.DeviceId, e.VulnerabilityId), out var row))
            {
                row = new StoredExposure { Cve = e.VulnerabilityId, AdvisoryTrackingId = e.AdvisoryId, StatementId = e.StatementId, Reason = e.Reason, DeviceId = e.DeviceId, FirstSeen = now };
                db.Exposures.Add(row);
                created++;
            }
            else if (!string.Equals(row.StatementId, e.StatementId, StringComparison.Ordinal))
            {
                // Another statement now decides: the triage of the old evidence does not carry over.
                row.Status = Core.Exposures.ExposureStatus.Open;
                row.FirstSeen = now;
            }

            var risk = ranker.Rank(e);
            decisions.Add(risk?.Decision);
            Apply(row, e, device, inputs, vulnerabilities, risk);
        }

        db.ChangeTracker.DetectChanges();
        var updated = 0;
        foreach (var entry in db.ChangeTracker.Entries<StoredExposure>().Where(x => x.State == EntityState.Modified))
        {
            entry.Entity.UpdatedAt = now;
            updated++;
        }

        foreach (var entry in db.ChangeTracker.Entries<StoredExposure>().Where(x => x.State == EntityState.Added))
        {
            entry.Entity.UpdatedAt = now;
        }

        db.Exposures.RemoveRange(existing.Values);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (created, updated, existing.Count, decisions);
    }

    private static void Apply(StoredExposure row, Exposure e, DeviceFacts device, MatchInputs inputs, IReadOnlyDictionary<string, VulnerabilityFacts> vulnerabilities, RiskAssessment? risk)
    {
        row.OrganizationId = device.OrganizationId;
        row.FacilityId = device.FacilityId;
        row.VulnerabilityId = vulnerabilities.GetValueOrDefault(e.VulnerabilityId)?.Id;
        row.AdvisoryId = inputs.AdvisoryIds.TryGetValue(e.AdvisoryId, out var advisory) ? advisory : null;
        row.AdvisoryTrackingId = e.AdvisoryId;
        row.AdvisoryRevision = e.AdvisoryRevision;
        row.StatementId = e.StatementId;
        row.State = e.State;
        row.PatchAvailable = e.PatchAvailable;
        row.FixedVersion = e.FixedVersion;
        row.Unsupported = e.Unsupported;
        row.Rule = e.Rule;
        row.Confidence = e.Confidence;
        row.Reason = e.Reason;
        row.Decision = risk?.Decision;
        row.Priority = risk?.Priority;
        row.DecisionRule = risk?.Rule;
        row.RankKey = risk?.SortKey ?? -1;
    }

    private async Task<Dictionary<string, VulnerabilityFacts>> VulnerabilitiesAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Vulnerabilities.AsNoTracking()
            .Where(v => EF.Parameter(ids).Contains(v.CveId))
            .Select(v => new
            {
                v.Id,
                v.CveId,
                v.InKev,
                v.EpssScore,
                v.EpssPercentile,
                v.CvssV4Vector,
                v.CvssV4Score,
                v.CvssV3Vector,
                v.CvssV3Score,
                v.CvssV2Vector,
                v.CvssV2Score,
                v.SsvcExploitation,
                v.SsvcAutomatable,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(
            v => v.CveId,
            v =>
            {
                // The newest CVSS version known decides, with its own score.
                var (vector, score) = v.CvssV4Vector is not null ? (v.CvssV4Vector, v.CvssV4Score)
                    : v.CvssV3Vector is not null ? (v.CvssV3Vector, v.CvssV3Score)
                    : (v.CvssV2Vector, v.CvssV2Score);
                return new VulnerabilityFacts(v.Id, v.CveId, v.InKev, v.EpssScore, v.EpssPercentile, vector, score is { } s ? (double)s : null, v.SsvcExploitation, v.SsvcAutomatable);
            },
            StringComparer.Ordinal);
    }

    private static MatchRunResult Summary(MatchInputs inputs, ExposureSet set, List<DeployerDecision?> decisions, (int Created, int Updated, int Removed) changes, double seconds)
    {
        static Dictionary<string, int> By(IEnumerable<string> labels) =>
            labels.GroupBy(l => l, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        return new MatchRunResult(
            inputs.Devices.Count,
            inputs.Statements.Count,
            set.Count,
            changes.Created,
            changes.Updated,
            changes.Removed,
            set.Unresolved.Count,
            By(set.Select(e => ExposureLabels.Of(e.State))),
            By(set.Select(e => ExposureLabels.Of(e.Confidence))),
            By(decisions.Select(d => ExposureLabels.Of(d))),
            Math.Round(seconds, 3));
    }
}
