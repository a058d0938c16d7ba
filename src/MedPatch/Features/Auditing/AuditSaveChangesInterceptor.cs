using MedPatch.Core.Auditing;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace MedPatch.Features.Auditing;

/// <summary>
/// Audits every write made through EF Core. Before the save it captures each added, modified or deleted row (with
/// secrets redacted) and makes sure a transaction is open; after the save it appends the records in that same
/// transaction and commits it if it opened it, so a change and its audit record are stored together or not at
/// all. It also refuses any change to an audit record: the trail is append-only.
/// </summary>
public sealed class AuditSaveChangesInterceptor(AuditWriter writer) : SaveChangesInterceptor
{
    private readonly Dictionary<DbContext, Pending> pending = [];

    private sealed record Pending(List<AuditedChange> Changes, IDbContextTransaction? OwnTransaction);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new NotSupportedException("MedPatch audits every write: use SaveChangesAsync");

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is not MedPatchDbContext db)
        {
            return result;
        }

        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var changes = new List<AuditedChange>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditRecord && entry.State is not (EntityState.Unchanged or EntityState.Detached))
            {
                throw new InvalidOperationException("audit records are append-only and written only by the audit writer; they cannot be added, changed or deleted through the DbContext");
            }

            if (EntityChanges.Capture(entry) is { } change)
            {
                changes.Add(change);
            }
        }

        if (changes.Count == 0)
        {
            return result;
        }

        var own = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        pending[db] = new Pending(changes, own);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is not MedPatchDbContext db || !pending.Remove(db, out var state))
        {
            return result;
        }

        try
        {
            var records = state.Changes
                .Select(c => writer.Draft(c.Action, c.EntityType, EntityChanges.KeyOf(c.Entry), c.OrganizationId, c.Before, c.After))
                .ToList();
            await writer.AppendAsync(db, records, cancellationToken).ConfigureAwait(false);
            if (state.OwnTransaction is not null)
            {
                await state.OwnTransaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (state.OwnTransaction is not null)
            {
                // Disposing an uncommitted transaction rolls it back: the change goes with its failed audit record.
                await state.OwnTransaction.DisposeAsync().ConfigureAwait(false);
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await EndAsync(eventData.Context).ConfigureAwait(false);
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await EndAsync(eventData.Context).ConfigureAwait(false);
    }

    private async Task EndAsync(DbContext? context)
    {
        if (context is not null && pending.Remove(context, out var state) && state.OwnTransaction is not null)
        {
            await state.OwnTransaction.DisposeAsync().ConfigureAwait(false);
        }
    }
}
