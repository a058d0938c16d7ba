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

    // Records up to this many go in as one multi-row INSERT on PostgreSQL (one round trip); more by COPY.
    private const int MaxInsertedRecords = 100;

    private const string HeadSql = "SELECT sequence, hash FROM audit_records ORDER BY sequence DESC LIMIT 1";

    /// <summary>Appends inside the context's current transaction.</summary>
    public Task AppendAsync(MedPatchDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken) =>
        AppendAsync(db, records, [], cancellationToken);

    /// <summary>
    /// Appends inside the context's current transaction; on PostgreSQL <paramref name="leading"/>, the change's own
    /// writes not yet sent, go first in the same round trip as the chain's lock and head query.
    /// </summary>
    public Task AppendAsync(MedPatchDbContext db, IReadOnlyList<AuditRecord> records, IReadOnlyList<NpgsqlBatchCommand> leading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("audit records are written inside the transaction of the change they record");
        return AppendAsync(db.Database.GetDbConnection(), transaction, records, leading, cancellationToken);
    }

    /// <summary>Appends on a connection and transaction directly, for writers that work beside the DbContext (the import).</summary>
    public static Task AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken) =>
        AppendAsync(connection, transaction, records, [], cancellationToken);

    private static async Task AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditRecord> records, IReadOnlyList<NpgsqlBatchCommand> leading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(leading);
        if (connection is not NpgsqlConnection && leading.Count > 0)
        {
            throw new ArgumentException("leading commands are PostgreSQL's", nameof(leading));
        }

        if (records.Count == 0)
        {
            await SendAsync(connection, transaction, leading, cancellationToken).ConfigureAwait(false);
            return;
        }

        var previous = connection is NpgsqlConnection npgsql
            ? await LockAndHeadAsync(npgsql, (NpgsqlTransaction)transaction, leading, cancellationToken).ConfigureAwait(false)
            : await HeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        foreach (var record in records)
        {
            AuditChain.Seal(record, previous);
            previous = record;
        }

        if (connection is NpgsqlConnection postgres)
        {
            if (records.Count <= MaxInsertedRecords)
            {
                await InsertPostgresAsync(postgres, (NpgsqlTransaction)transaction, records, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await CopyAsync(postgres, records, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await InsertSqliteAsync((SqliteConnection)connection, (SqliteTransaction)transaction, records, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task SendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NpgsqlBatchCommand> commands, CancellationToken cancellationToken)
    {
        if (commands.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The leading writes, the chain's lock and its head in one round trip. The head is its own statement after the
    /// lock's, so under READ COMMITTED its snapshot is taken once the lock is held and sees every record committed
    /// before.
    /// </summary>
    private static async Task<AuditRecord?> LockAndHeadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<NpgsqlBatchCommand> leading, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in leading)
        {
            batch.BatchCommands.Add(command);
        }

        var lockCommand = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1)");
        lockCommand.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = ChainLockKey });
        batch.BatchCommands.Add(lockCommand);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(HeadSql));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

        // The INSERTs return no rows and the lock one row of one column: the head is the result with two columns.
        while (reader.FieldCount != 2)
        {
            if (!await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException("the audit chain's head query returned no result");
            }
        }

        return await ReadHeadAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<AuditRecord?> HeadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = HeadSql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await ReadHeadAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<AuditRecord?> ReadHeadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
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

    private static async Task InsertPostgresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(null, connection, transaction);
        var sql = new System.Text.StringBuilder($"INSERT INTO audit_records ({string.Join(", ", Columns)}) VALUES ");
        void Add(object? value, NpgsqlDbType type)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type, Value = value ?? DBNull.Value });
            sql.Append(command.Parameters.Count % Columns.Length == 1 ? "(" : ", ").Append('$').Append(command.Parameters.Count.ToString(CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (i > 0)
            {
                sql.Append(", ");
            }

            Add(r.Sequence, NpgsqlDbType.Bigint);
            Add(r.At, NpgsqlDbType.TimestampTz);
            Add(r.ActorKind, NpgsqlDbType.Text);
            Add(r.Actor, NpgsqlDbType.Text);
            Add(r.OrganizationId, NpgsqlDbType.Uuid);
            foreach (var text in new[] { r.Action, r.EntityType, r.EntityId, r.Before, r.After, r.Reason, r.RequestId, r.ClientAddress, r.PreviousHash, r.Hash })
            {
                Add(text, NpgsqlDbType.Text);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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
