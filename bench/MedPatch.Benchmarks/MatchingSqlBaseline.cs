using System.Data.Common;
using System.Diagnostics;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Manufacturers;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace MedPatch.Benchmarks;

/// <summary>
/// The same matching written as a SQL join, the baseline the engine is measured against. The generated catalog,
/// devices and statements are loaded into plain tables with integer keys and precomputed comparison keys: vendor,
/// product and model-number texts reduced by the same normalisations the engine uses (manufacturer name, model
/// name), and versions as sortable keys (<see cref="MatchingVersionKey"/>). The join resolves each statement to
/// models (manufacturer by name or alias, then model by model number when the statement names one, else by name or
/// alias), joins the models' devices whose version key lies in one of the statement's intervals (any device, also of
/// unknown version, when it covers all versions), and keeps a device and vulnerability when an affected statement
/// covers it and no fixed or not-affected statement does: the engine's high-confidence "affected" exposures, for
/// the statements an exact key can resolve.
/// </summary>
public static class MatchingSqlBaseline
{
    public const string Query = """
        WITH resolved AS (
          SELECT s.id AS statement, s.vuln, s.status, n.model
          FROM statements s
          JOIN maker_names mn ON mn.name_key = s.vendor_key
          JOIN statement_numbers sn ON sn.statement = s.id
          JOIN model_numbers n ON n.maker = mn.maker AND n.number_key = sn.number_key
          WHERE s.status <> 'i'
          UNION
          SELECT s.id, s.vuln, s.status, n.model
          FROM statements s
          JOIN maker_names mn ON mn.name_key = s.vendor_key
          JOIN model_names n ON n.maker = mn.maker AND n.name_key = s.product_key
          WHERE s.status <> 'i' AND s.has_numbers = 0
        ),
        covered AS (
          SELECT d.id AS device, r.vuln, r.status
          FROM resolved r
          JOIN statement_ranges v ON v.statement = r.statement
          JOIN devices d ON d.model = r.model
          WHERE v.any_version = 1 OR (d.version_key IS NOT NULL
            AND (v.lo IS NULL OR d.version_key > v.lo OR (v.lo_incl = 1 AND d.version_key = v.lo))
            AND (v.hi IS NULL OR d.version_key < v.hi OR (v.hi_incl = 1 AND d.version_key = v.hi)))
        )
        SELECT device, vuln FROM covered
        GROUP BY device, vuln
        HAVING SUM(CASE WHEN status = 'a' THEN 1 ELSE 0 END) > 0 AND SUM(CASE WHEN status = 'a' THEN 0 ELSE 1 END) = 0
        """;

    private static readonly string[] Schema =
    [
        "CREATE TABLE maker_names (name_key TEXT NOT NULL, maker INTEGER NOT NULL)",
        "CREATE TABLE model_names (maker INTEGER NOT NULL, name_key TEXT NOT NULL, model INTEGER NOT NULL)",
        "CREATE TABLE model_numbers (maker INTEGER NOT NULL, number_key TEXT NOT NULL, model INTEGER NOT NULL)",
        "CREATE TABLE devices (id INTEGER PRIMARY KEY, model INTEGER NOT NULL, version_key TEXT NULL)",
        "CREATE TABLE statements (id INTEGER PRIMARY KEY, vuln INTEGER NOT NULL, status TEXT NOT NULL, vendor_key TEXT NOT NULL, product_key TEXT NOT NULL, has_numbers INTEGER NOT NULL)",
        "CREATE TABLE statement_numbers (statement INTEGER NOT NULL, number_key TEXT NOT NULL)",
        "CREATE TABLE statement_ranges (statement INTEGER NOT NULL, lo TEXT NULL, lo_incl INTEGER NOT NULL, hi TEXT NULL, hi_incl INTEGER NOT NULL, any_version INTEGER NOT NULL)",
    ];

    private static readonly string[] Indexes =
    [
        "CREATE INDEX ix_maker_names ON maker_names (name_key, maker)",
        "CREATE INDEX ix_model_names ON model_names (maker, name_key, model)",
        "CREATE INDEX ix_model_numbers ON model_numbers (maker, number_key, model)",
        "CREATE INDEX ix_devices_model ON devices (model, version_key, id)",
        "CREATE INDEX ix_statement_numbers ON statement_numbers (statement, number_key)",
        "CREATE INDEX ix_statement_ranges ON statement_ranges (statement)",
    ];

    /// <summary>The rows of every table, computed once and loaded into both databases.</summary>
    public sealed record Rows(
        List<object?[]> MakerNames, List<object?[]> ModelNames, List<object?[]> ModelNumbers, List<object?[]> Devices,
        List<object?[]> Statements, List<object?[]> StatementNumbers, List<object?[]> StatementRanges)
    {
        public IEnumerable<(string Table, List<object?[]> Rows)> Tables =>
        [
            ("maker_names", MakerNames), ("model_names", ModelNames), ("model_numbers", ModelNumbers), ("devices", Devices),
            ("statements", Statements), ("statement_numbers", StatementNumbers), ("statement_ranges", StatementRanges),
        ];
    }

    public static Rows RowsOf(MatchingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var makers = data.Catalog.Manufacturers.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var models = data.Catalog.Models.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var rows = new Rows([], [], [], [], [], [], []);
        foreach (var m in data.Catalog.Manufacturers)
        {
            foreach (var key in m.Aliases.Prepend(m.Name).Select(ManufacturerName.Normalize).Distinct(StringComparer.Ordinal))
            {
                rows.MakerNames.Add([key, makers[m.Id]]);
            }
        }

        foreach (var m in data.Catalog.Models)
        {
            foreach (var key in m.Aliases.Prepend(m.Name).Select(Core.Devices.ModelName.Normalize).Distinct(StringComparer.Ordinal))
            {
                rows.ModelNames.Add([makers[m.ManufacturerId], key, models[m.Id]]);
            }

            foreach (var key in m.ModelNumbers.Select(Core.Devices.ModelName.Normalize).Distinct(StringComparer.Ordinal))
            {
                rows.ModelNumbers.Add([makers[m.ManufacturerId], key, models[m.Id]]);
            }
        }

        for (var i = 0; i < data.Devices.Count; i++)
        {
            var d = data.Devices[i];
            rows.Devices.Add([i, models[d.ModelId], MatchingVersionKey.Of(d.SoftwareVersion)]);
        }

        for (var i = 0; i < data.Statements.Count; i++)
        {
            var s = data.Statements[i];
            var facts = data.Facts[i];
            var status = s.Status switch
            {
                AffectedStatus.Affected => "a",
                AffectedStatus.Fixed => "f",
                AffectedStatus.NotAffected => "n",
                _ => "i",
            };
            rows.Statements.Add([i, facts.Vulnerability, status, ManufacturerName.Normalize(s.Vendor ?? string.Empty), Core.Devices.ModelName.Normalize(s.Product ?? string.Empty), s.ModelNumbers.Count > 0 ? 1 : 0]);
            foreach (var number in s.ModelNumbers)
            {
                rows.StatementNumbers.Add([i, Core.Devices.ModelName.Normalize(number)]);
            }

            foreach (var v in facts.Intervals ?? [])
            {
                var all = v.Low is null && v.High is null;
                rows.StatementRanges.Add([i, MatchingVersionKey.Of(v.Low), v.LowInclusive ? 1 : 0, MatchingVersionKey.Of(v.High), v.HighInclusive ? 1 : 0, all ? 1 : 0]);
            }
        }

        return rows;
    }

    /// <summary>Creates and fills the tables in a SQLite file, indexes and ANALYZE included; returns the seconds it took.</summary>
    public static async Task<double> LoadSqliteAsync(string file, Rows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var watch = Stopwatch.StartNew();
        await using var connection = OpenSqlite(file);
        await connection.OpenAsync().ConfigureAwait(false);
        await ExecuteAsync(connection, Schema).ConfigureAwait(false);
        await using (var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false))
        {
            foreach (var (table, tableRows) in rows.Tables)
            {
                if (tableRows.Count == 0)
                {
                    continue;
                }

                var width = tableRows[0].Length;
                await using var insert = connection.CreateCommand();
                insert.Transaction = (SqliteTransaction)transaction;
                insert.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Range(0, width).Select(i => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
                var parameters = Enumerable.Range(0, width).Select(i => insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null))).ToArray();
                insert.Prepare();
                foreach (var row in tableRows)
                {
                    for (var c = 0; c < width; c++)
                    {
                        parameters[c].Value = row[c] ?? DBNull.Value;
                    }

                    await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync().ConfigureAwait(false);
        }

        await ExecuteAsync(connection, [.. Indexes, "ANALYZE"]).ConfigureAwait(false);
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Creates and fills the tables through binary COPY, indexes and ANALYZE included; returns the seconds it took.</summary>
    public static async Task<double> LoadPostgresAsync(string connectionString, Rows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await ExecuteAsync(connection, Schema).ConfigureAwait(false);
        foreach (var (table, tableRows) in rows.Tables)
        {
            await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)").ConfigureAwait(false);
            foreach (var row in tableRows)
            {
                await importer.StartRowAsync().ConfigureAwait(false);
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null:
                            await importer.WriteNullAsync().ConfigureAwait(false);
                            break;
                        case int number:
                            await importer.WriteAsync(number, NpgsqlDbType.Integer).ConfigureAwait(false);
                            break;
                        default:
                            await importer.WriteAsync((string)value, NpgsqlDbType.Text).ConfigureAwait(false);
                            break;
                    }
                }
            }

            await importer.CompleteAsync().ConfigureAwait(false);
        }

        await ExecuteAsync(connection, [.. Indexes, "ANALYZE"]).ConfigureAwait(false);
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Runs the join and reads every row, as the engine hands every exposure to its caller; keys are device &lt;&lt; 20 | vulnerability.</summary>
    public static async Task<(double Seconds, long[] Pairs)> RunAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var watch = Stopwatch.StartNew();
        var pairs = new List<long>();
        await using var command = connection.CreateCommand();
        command.CommandText = Query;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            pairs.Add((reader.GetInt64(0) << 20) | reader.GetInt64(1));
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var array = pairs.ToArray();
        Array.Sort(array);
        return (seconds, array);
    }

    /// <summary>
    /// A SQLite connection given a fair chance: 1 GiB page cache, temporary B-trees in memory and the file memory-mapped,
    /// so the baseline is not measured against the disk.
    /// </summary>
    public static SqliteConnection OpenSqlite(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState == System.Data.ConnectionState.Open)
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA cache_size = -1048576; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 4294967296; PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF";
                pragma.ExecuteNonQuery();
            }
        };
        return connection;
    }

    private static async Task ExecuteAsync(DbConnection connection, IEnumerable<string> statements)
    {
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}
