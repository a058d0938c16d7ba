using MedPatch.Core.Auditing;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Triage;

/// <summary>
/// A person's decision on one or more exposures: confirm, false positive, not applicable, or reopen, always with a
/// reason. The command line, the API and the triage page all call this. All exposures change in one transaction with
/// one audit record each, or none does: an id the caller cannot see fails the whole request. Exposures are audited in
/// bulk by match runs, not by the context's change tracking, so this writes its records itself.
/// </summary>
public sealed class TriageExposures(MedPatchDbContext db, TriageQueries queries, AuditWriter audit, TimeProvider clock)
{
    public const string IdsField = "exposure_ids";
    public const string ActionField = "action";
    public const string ReasonField = "reason";

    /// <summary>More in one request is a mistake in the caller, not a triage session.</summary>
    public const int MaxExposures = 1000;

    public const string AuditAction = "exposure.triaged";
    public const string AuditEntity = "exposure";

    /// <param name="triagedBy">Who decides: the signed-in user's name, or the operator at the command line.</param>
    public async Task<TriageOutcome> ExecuteAsync(IReadOnlyCollection<Guid>? ids, string? action, string? reason, string triagedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(triagedBy);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var wanted = (ids ?? []).Distinct().ToList();
        if (wanted.Count == 0)
        {
            errors[IdsField] = ["name at least one exposure"];
        }
        else if (wanted.Count > MaxExposures)
        {
            errors[IdsField] = [$"at most {MaxExposures} exposures at a time"];
        }

        if (!TriageActions.TryParse(action, out var decided))
        {
            errors[ActionField] = [string.IsNullOrWhiteSpace(action) ? $"is required: one of {TriageActions.Names}" : $"must be one of {TriageActions.Names}"];
        }

        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
        {
            errors[ReasonField] = ["is required: say why, for whoever reads this decision later"];
        }
        else if (why.Length > TriageActions.MaxReasonLength)
        {
            errors[ReasonField] = [$"must be at most {TriageActions.MaxReasonLength} characters"];
        }

        if (errors.Count > 0)
        {
            return new TriageOutcome.Invalid(errors);
        }

        var missing = await SaveAsync(wanted, decided, why!, triagedBy.Trim(), cancellationToken).ConfigureAwait(false);
        if (missing.Count > 0)
        {
            return new TriageOutcome.NotFound(missing);
        }

        return new TriageOutcome.Triaged(decided, await queries.GetAsync(wanted, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The ids not found (then nothing changed), or none.</summary>
    private async Task<IReadOnlyList<Guid>> SaveAsync(List<Guid> ids, TriageAction action, string reason, string triagedBy, CancellationToken cancellationToken)
    {
        var status = TriageActions.Status(action);
        async Task<IReadOnlyList<Guid>> AttemptAsync()
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

            // The tenant filter applies: an exposure of another organization or facility is as unknown as a missing one.
            var rows = await db.Exposures.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken).ConfigureAwait(false);
            var missing = ids.Where(id => !rows.ContainsKey(id)).ToList();
            if (missing.Count > 0)
            {
                return missing;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var records = new List<AuditRecord>(ids.Count);
            var previousReason = audit.Context.Reason;
            audit.Context.Reason = reason;
            try
            {
                foreach (var id in ids)
                {
                    var row = rows[id];
                    var before = AuditJson.Write([new("status", row.Status), new("triage_reason", row.TriageReason)]);
                    row.Status = status;
                    row.TriageReason = reason;
                    row.TriagedBy = triagedBy.Length > 256 ? triagedBy[..256] : triagedBy;
                    row.TriagedAt = now;
                    row.UpdatedAt = now;
                    var after = AuditJson.Write([new("status", row.Status), new("triage_reason", row.TriageReason)]);
                    records.Add(audit.Draft(AuditAction, AuditEntity, id.ToString("D"), row.OrganizationId, before, after));
                }
            }
            finally
            {
                audit.Context.Reason = previousReason;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(db, records, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return [];
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(AttemptAsync).ConfigureAwait(false);
    }
}
