using System.Globalization;
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
/// thousands), past EF Core's change tracking: binary COPY on PostgreSQL, one prepared INSERT per table on SQLite,
/// in the document's transaction and after its advisory and revision rows. Values are written in the forms EF
/// Core reads back (SQLite: Guid as upper-case text, instants as ISO text, lists as JSON).
/// </summary>
internal static class StatementWriter
{
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

    public static async Task WriteAsync(MedPatchDbContext db, IReadOnlyList<CatalogAffectedStatement> statements, IReadOnlyList<Remediation> remediations, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("statements are written inside their document's transaction");
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, "affected_statements", StatementColumns, statements, StatementValues, cancellationToken).ConfigureAwait(false);
            await CopyAsync(npgsql, "remediations", RemediationColumns, remediations, RemediationValues, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var sqlite = (SqliteConnection)connection;
            await InsertAsync(sqlite, (SqliteTransaction)transaction, "affected_statements", StatementColumns, statements, StatementValues, cancellationToken).ConfigureAwait(false);
            await InsertAsync(sqlite, (SqliteTransaction)transaction, "remediations", RemediationColumns, remediations, RemediationValues, cancellationToken).ConfigureAwait(false);
        }
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

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, string[] columns, IReadOnlyList<T> rows, Func<T, Value[]> values, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            foreach (var value in values(row))
            {
                switch (value)
                {
                    case { Object: null }:
                        await copy.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                        break;
                    case { Object: Guid id }:
                        await copy.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                        break;
                    case { Object: DateTime instant }:
                        await copy.WriteAsync(instant, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                        break;
                    case { Object: List<string> list }:
                        await copy.WriteAsync(list, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        await copy.WriteAsync((string)value.Object, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
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

    /// <summary>One column value: a Guid, a UTC instant, a list of strings, a string, or null.</summary>
    private readonly record struct Value(object? Object)
    {
        public static Value Id(Guid id) => new(id);

        public static Value Id(Guid? id) => new(id);

        public static Value Text(string? text) => new(text);

        public static Value List(List<string> list) => new(list);

        public static Value Instant(DateTime? instant) => new(instant is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null);
    }
}
