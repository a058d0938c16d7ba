using System.Globalization;
using System.Text;
using System.Text.Json;
using MedPatch.Core.Intelligence;
using MedPatch.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Writes an advisory's affected statements and remediations, its bulk (an industrial advisory can expand to
/// thousands), past EF Core's change tracking, in the document's transaction and after its advisory and revision
/// rows. On PostgreSQL they become multi-row INSERTs handed back unsent, so the audit record's lock and head query
/// go in the same round trip: per document the rows are few, where COPY's extra round trips per table cost more
/// than they save. On SQLite, in process, one prepared INSERT per table. Values are written in the forms EF Core
/// reads back (SQLite: Guid as upper-case text, instants as ISO text, lists as JSON).
/// </summary>
internal static class StatementWriter
{
    // PostgreSQL takes at most 65,535 parameters in one statement.
    private const int MaxParameters = 65_535;

    private static readonly string[] StatementColumns =
    [
        "id", "advisory_id", "advisory_revision_id", "vulnerability_id", "cve_id", "product_key", "vendor", "normalized_vendor",
        "product", "version", "version_range", "version_raw", "product_name", "model_numbers", "cpe", "purl", "status",
        "justification", "remediation_summary", "source",
    ];

    private static readonly string[] RemediationColumns =
    [
        "id", "advisory_id", "advisory_revision_id", "vulnerability_id", "cve_id", "category", "details", "url", "date",
        "product_key", "product",
    ];

    /// <returns>On PostgreSQL the INSERTs still to send, in this order and in the same transaction; on SQLite none, as the rows are written.</returns>
    public static async Task<IReadOnlyList<NpgsqlBatchCommand>> WriteAsync(MedPatchDbContext db, IReadOnlyList<CatalogAffectedStatement> statements, IReadOnlyList<Remediation> remediations, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("statements are written inside their document's transaction");
        if (connection is NpgsqlConnection)
        {
            return [.. Inserts("affected_statements", StatementColumns, statements, StatementValues), .. Inserts("remediations", RemediationColumns, remediations, RemediationValues)];
        }

        var sqlite = (SqliteConnection)connection;
        await InsertAsync(sqlite, (SqliteTransaction)transaction, "affected_statements", StatementColumns, statements, StatementValues, cancellationToken).ConfigureAwait(false);
        await InsertAsync(sqlite, (SqliteTransaction)transaction, "remediations", RemediationColumns, remediations, RemediationValues, cancellationToken).ConfigureAwait(false);
        return [];
    }

    private static Value[] StatementValues(CatalogAffectedStatement s) =>
    [
        Value.Id(s.Id), Value.Id(s.AdvisoryId), Value.Id(s.AdvisoryRevisionId), Value.Id(s.VulnerabilityId), Value.Text(s.CveId),
        Value.Text(s.ProductKey), Value.Text(s.Vendor), Value.Text(s.NormalizedVendor), Value.Text(s.Product), Value.Text(s.Version),
        Value.Text(s.VersionRange), Value.Text(s.VersionRaw), Value.Text(s.ProductName), Value.List(s.ModelNumbers), Value.Text(s.Cpe),
        Value.Text(s.Purl), Value.Text(s.Status), Value.Text(s.Justification), Value.Text(s.RemediationSummary), Value.Text(s.Source),
    ];

    private static Value[] RemediationValues(Remediation r) =>
    [
        Value.Id(r.Id), Value.Id(r.AdvisoryId), Value.Id(r.AdvisoryRevisionId), Value.Id(r.VulnerabilityId), Value.Text(r.CveId),
        Value.Text(r.Category), Value.Text(r.Details), Value.Text(r.Url), Value.Instant(r.Date), Value.Text(r.ProductKey), Value.Text(r.Product),
    ];

    private static IEnumerable<NpgsqlBatchCommand> Inserts<T>(string table, string[] columns, IReadOnlyList<T> rows, Func<T, Value[]> values)
    {
        foreach (var chunk in rows.Chunk(MaxParameters / columns.Length))
        {
            var sql = new StringBuilder(64 + (chunk.Length * columns.Length * 6));
            sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var command = new NpgsqlBatchCommand();
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                var v = values(chunk[r]);
                for (var i = 0; i < v.Length; i++)
                {
                    command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = v[i].Type, Value = v[i].Object ?? DBNull.Value });
                    sql.Append(i == 0 ? "$" : ", $").Append(command.Parameters.Count.ToString(CultureInfo.InvariantCulture));
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            yield return command;
        }
    }

    private static async Task InsertAsync<T>(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, IReadOnlyList<T> rows, Func<T, Value[]> values, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < v.Length; i++)
            {
                parameters[i].Value = v[i].Object switch
                {
                    null => DBNull.Value,
                    Guid id => id.ToString("D").ToUpperInvariant(),
                    DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
                    List<string> list => JsonSerializer.Serialize(list),
                    var text => text,
                };
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One column value (a Guid, a UTC instant, a list of strings, a string, or null) and its PostgreSQL type.</summary>
    private readonly record struct Value(object? Object, NpgsqlDbType Type)
    {
        public static Value Id(Guid id) => new(id, NpgsqlDbType.Uuid);

        public static Value Id(Guid? id) => new(id, NpgsqlDbType.Uuid);

        public static Value Text(string? text) => new(text, NpgsqlDbType.Text);

        public static Value List(List<string> list) => new(list, NpgsqlDbType.Array | NpgsqlDbType.Text);

        public static Value Instant(DateTime? instant) => new(instant is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null, NpgsqlDbType.TimestampTz);
    }
}
