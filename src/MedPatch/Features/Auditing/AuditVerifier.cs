using MedPatch.Core.Auditing;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Auditing;

/// <summary>
/// Walks the chain in sequence order, a batch at a time, and stops at the first broken link. It reads every
/// organization's records: the chain is one for the whole database, and a gap left by a filter is not a break.
/// </summary>
public sealed class AuditVerifier(MedPatchDbContext db, AuditChainCheckpoint checkpoint)
{
    public const int BatchSize = 2000;

    /// <summary>The whole chain, from the first record.</summary>
    public Task<AuditVerification> VerifyAsync(Action<long>? progress, CancellationToken cancellationToken) =>
        WalkAsync(new AuditChainCursor(), progress, cancellationToken);

    /// <summary>Only the records after the last one this process already found sound (all of them the first time).</summary>
    public Task<AuditVerification> VerifySinceCheckpointAsync(CancellationToken cancellationToken) =>
        WalkAsync(checkpoint.Last is { } last ? new AuditChainCursor(last.Sequence, last.Hash) : new AuditChainCursor(), null, cancellationToken);

    private async Task<AuditVerification> WalkAsync(AuditChainCursor cursor, Action<long>? progress, CancellationToken cancellationToken)
    {
        var after = cursor.Verified;
        while (true)
        {
            var batch = await db.AuditRecords.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Sequence > after).OrderBy(a => a.Sequence).Take(BatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var record in batch)
            {
                if (cursor.Next(record) is { } found)
                {
                    return new AuditVerification(false, cursor.Verified, found.Sequence, found.Message);
                }
            }

            if (cursor.Verified > 0)
            {
                checkpoint.Advance(cursor.Verified, cursor.LastHash);
            }

            progress?.Invoke(cursor.Verified);
            if (batch.Count < BatchSize)
            {
                return new AuditVerification(true, cursor.Verified, null, null);
            }

            after = batch[^1].Sequence;
        }
    }
}
