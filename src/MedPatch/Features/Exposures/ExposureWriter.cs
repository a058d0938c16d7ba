using MedPatch.Core.Matching;
using MedPatch.Core.Risk;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;
using StoredExposure = MedPatch.Core.Exposures.Exposure;

namespace MedPatch.Features.Exposures;

/// <summary>
/// Turns the engine's exposures for a slice of the stored rows into inserts, updates and deletes, saves them and
/// forgets the tracked rows, keeping the counts and the vulnerabilities it touched for the run's summary.
/// </summary>
internal sealed class ExposureWriter(MedPatchDbContext db, TimeProvider clock, MatchInputs inputs, ExposureRanker ranker)
{
    private readonly DateTime now = clock.GetUtcNow().UtcDateTime;

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Removed { get; private set; }

    public List<DeployerDecision?> Decisions { get; } = [];

    /// <summary>The vulnerabilities of every row created, changed or removed.</summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    public async Task ApplyAsync(List<StoredExposure> existingRows, IEnumerable<Exposure> found, CancellationToken cancellationToken)
    {
        var existing = existingRows.ToDictionary(e => (e.DeviceId, e.Cve));
        foreach (var e in found)
        {
            var device = ranker.Device(e.DeviceId);
            if (!existing.Remove((e.DeviceId, e.VulnerabilityId), out var row))
            {
                row = new StoredExposure { Cve = e.VulnerabilityId, AdvisoryTrackingId = e.AdvisoryId, StatementId = e.StatementId, Reason = e.Reason, DeviceId = e.DeviceId, FirstSeen = now, UpdatedAt = now };
                db.Exposures.Add(row);
                Created++;
                Touched.Add(e.VulnerabilityId);
            }
            else if (!string.Equals(row.StatementId, e.StatementId, StringComparison.Ordinal))
            {
                // Another statement now decides: the triage of the old evidence does not carry over.
                row.Status = Core.Exposures.ExposureStatus.Open;
                row.TriageReason = null;
                row.TriagedBy = null;
                row.TriagedAt = null;
                row.FirstSeen = now;
            }

            var risk = ranker.Rank(e);
            Decisions.Add(risk?.Decision);
            row.OrganizationId = device.OrganizationId;
            row.FacilityId = device.FacilityId;
            row.VulnerabilityId = ranker.VulnerabilityId(e.VulnerabilityId);
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
            ApplyRank(row, risk);
        }

        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<StoredExposure>().Where(x => x.State == EntityState.Modified))
        {
            entry.Entity.UpdatedAt = now;
            Touched.Add(entry.Entity.Cve);
            Updated++;
        }

        foreach (var gone in existing.Values)
        {
            Touched.Add(gone.Cve);
        }

        db.Exposures.RemoveRange(existing.Values);
        Removed += existing.Count;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    public static void ApplyRank(StoredExposure row, RiskAssessment? risk)
    {
        row.Decision = risk?.Decision;
        row.Priority = risk?.Priority;
        row.DecisionRule = risk?.Rule;
        row.RankKey = risk?.SortKey ?? -1;
    }
}
