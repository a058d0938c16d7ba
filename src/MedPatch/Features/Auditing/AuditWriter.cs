using System.Data.Common;
using System.Globalization;
using MedPatch.Core.Auditing;
using MedPatch.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace MedPatch.Features.Auditing;

/// <summary>
/// Appends records to the audit chain inside the caller's transaction, so a change and its record commit or roll
/// back together. Writers are serialised while they read the chain's head and append: PostgreSQL by a
/// transaction-scoped advisory lock, SQLite by its single writer (MedPatch's transactions begin IMMEDIATE, and the
/// change itself is written before its record). The primary key on the sequence is the last guard: two writers
/// that both read the same head cannot both commit, so the chain never forks.
/// This is the only code that writes audit records, and it only ever inserts.
/// </summary>
public sealed class AuditWriter(AuditContext context, TimeProvider clock)
{
    /// <summary>The advisory lock key of the audit chain ("MPAUDIT" in ASCII), the same in every MedPatch process.</summary>
    public const long ChainLockKey = 0x4D5041554449_54;

    private static readonly string[] Columns =
    [
        "sequence", "at", "actor_kind", "actor", "organization_id", "action", "entity_type", "entity_id", "before", "after",
        "reason", "request_id", "client_address", "previous_hash", "hash",
    ];

    public AuditContext Context { get; } = context;

    /// <summary>
    /// A record of this scope's actor, not yet on the chain. The time is cut to microseconds, PostgreSQL's
    /// precision, because the stored value must hash exactly as the written one did.
    /// </summary>
    public AuditRecord Draft(string action, string entityType, string? entityId, Guid? organizationId, string? before, string? after)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new AuditRecord
        {
            At = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc),
            ActorKind = Context.ActorKind,
            Actor = Limit(Context.Actor, 300)!,
            OrganizationId = organizationId ?? Context.OrganizationId,
            Action = action,
            EntityType = entityType,
            EntityId = Limit(entityId, 100),
            Before = before,
            After = after,
            Reason = Limit(Context.Reason, 2000),
            RequestId = Limit(Context.RequestId, 100),
            ClientAddress = Limit(Context.ClientAddress, 64),
            PreviousHash = string.Empty,
            Hash = string.Empty,
        };
    }

    /// <summary>Appends inside the context's current transaction.</summary>
    public Task AppendAsync(MedPatchDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("audit records are written inside the transaction of the change they record");
        return AppendAsync(db.Database.GetDbConnection(), transaction, records, cancellationToken);
    }

    /// <summary>Appends on a connection and transaction directly, for writers that work beside the DbContext (the import).</summary>
    public static async Task AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        if (connection is NpgsqlConnection npgsql)
        {
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", npgsql, (NpgsqlTransaction)transaction))
            {
                lockCommand.Parameters.AddWithValue("key", ChainLockKey);
                await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var previous = await HeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        foreach (var record in records)
        {
            AuditChain.Seal(record, previous);
            previous = record;
        }

        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, records, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await InsertSqliteAsync((SqliteConnection)connection, (SqliteTransaction)transaction, records, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<AuditRecord?> HeadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT sequence, hash FROM audit_records ORDER BY sequence DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // Only the position and hash of the head matter for sealing the next record.
        return new AuditRecord
        {
            Sequence = reader.GetInt64(0),
            Hash = reader.GetString(1),
            ActorKind = string.Empty,
            Actor = string.Empty,
            Action = string.Empty,
            EntityType = string.Empty,
            PreviousHash = string.Empty,
        };
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY audit_records ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var r in records)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(r.Sequence, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(r.At, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
            await WriteTextAsync(copy, r.ActorKind, cancellationToken).ConfigureAwait(false);
            await WriteTextAsync(copy, r.Actor, cancellationToken).ConfigureAwait(false);
            if (r.OrganizationId is { } organization)
            {
                await copy.WriteAsync(organization, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await copy.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var text in new[] { r.Action, r.EntityType, r.EntityId, r.Before, r.After, r.Reason, r.RequestId, r.ClientAddress, r.PreviousHash, r.Hash })
            {
                await WriteTextAsync(copy, text, cancellationToken).ConfigureAwait(false);
            }
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter copy, string? text, CancellationToken cancellationToken) =>
        text is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken);

    /// <summary>One prepared INSERT reused for every record, in the forms EF Core's SQLite provider reads back.</summary>
    private static async Task InsertSqliteAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO audit_records ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
        if (records.Count > 1)
        {
            command.Prepare();
        }

        foreach (var r in records)
        {
            object?[] values =
            [
                r.Sequence, r.At.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), r.ActorKind, r.Actor,
                r.OrganizationId?.ToString("D").ToUpperInvariant(), r.Action, r.EntityType, r.EntityId, r.Before, r.After,
                r.Reason, r.RequestId, r.ClientAddress, r.PreviousHash, r.Hash,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? Limit(string? text, int length) => text is { } value && value.Length > length ? value[..length] : text;
}
