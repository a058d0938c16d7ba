using System.Runtime.CompilerServices;
using MedPatch.Core.Auditing;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Auditing;

/// <summary>
/// Reads the audit trail for people and exports. Goes through the DbContext, so a tenant's auditor sees only
/// records of its own organization.
/// </summary>
public sealed class AuditQueries(MedPatchDbContext db)
{
    public const int MaxPageSize = 500;

    public async Task<AuditPage> ListAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderByDescending(a => a.Sequence).Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AuditPage(items, total, page, pageSize);
    }

    /// <summary>Every matching record, newest first, read in batches by sequence so an export never holds the trail in memory.</summary>
    public async IAsyncEnumerable<AuditRecord> StreamAsync(AuditFilter filter, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        const int batchSize = 1000;
        var below = long.MaxValue;
        var left = limit ?? int.MaxValue;
        while (left > 0)
        {
            var batch = await Filtered(filter).Where(a => a.Sequence < below).OrderByDescending(a => a.Sequence)
                .Take(Math.Min(batchSize, left)).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var record in batch)
            {
                yield return record;
            }

            if (batch.Count < batchSize)
            {
                yield break;
            }

            left -= batch.Count;
            below = batch[^1].Sequence;
        }
    }

    private IQueryable<AuditRecord> Filtered(AuditFilter filter)
    {
        var query = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var type = filter.EntityType.Trim();
            query = query.Where(a => a.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var id = filter.EntityId.Trim();
            query = query.Where(a => a.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(a => a.Actor.Contains(actor));
        }

        if (filter.Since is { } since)
        {
            query = query.Where(a => a.At >= since);
        }

        if (filter.Until is { } until)
        {
            query = query.Where(a => a.At < until);
        }

        return query;
    }
}
