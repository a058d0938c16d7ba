using Microsoft.Data.Sqlite;

namespace MedPatch.Benchmarks;

public sealed class SqliteBenchDatabase(string directory) : BenchDatabase
{
    private readonly string file = Path.Combine(directory, "bench-" + Guid.NewGuid().ToString("N") + ".db");

    public override string Kind => "SQLite";

    public override string DbArgument => file;

    public override async Task<IReadOnlyList<string>> DeviceColumnsAsync() =>
        await QueryAsync("SELECT name FROM pragma_table_info('devices') ORDER BY cid").ConfigureAwait(false);

    public override async Task CreateRawTableAsync()
    {
        // The migration's own DDL, renamed: same columns, affinities, primary key and indexes as devices. Foreign keys
        // stay declared but the sqlite3 shell does not enforce them, which is what a raw bulk load means.
        var table = (await QueryAsync("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'devices'").ConfigureAwait(false)).Single();
        var indexes = await QueryAsync("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'devices' AND sql IS NOT NULL").ConfigureAwait(false);
        var statements = new List<string> { table.Replace("CREATE TABLE \"devices\"", $"CREATE TABLE \"{RawTable}\"", StringComparison.Ordinal) };
        statements.AddRange(indexes.Select(sql => sql
            .Replace("\"ix_devices_", "\"ix_devices_raw_", StringComparison.Ordinal)
            .Replace("ON \"devices\"", $"ON \"{RawTable}\"", StringComparison.Ordinal)));
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    public override (string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment) RawLoad(string csv, string table, bool foreignKeys)
    {
        if (!foreignKeys)
        {
            return ("sqlite3", [file, $".import --csv --skip 1 {csv} {table}"], new Dictionary<string, string>());
        }

        // sqlite3 .import writes an empty field as '' rather than NULL, which a foreign key rejects; so the rows go
        // through an unconstrained staging table and one INSERT … SELECT that turns '' into NULL, in one transaction.
        var columns = QueryAsync("SELECT name FROM pragma_table_info('devices') ORDER BY cid").GetAwaiter().GetResult();
        var select = string.Join(", ", columns.Select(c => $"NULLIF({c}, '')"));
        return ("sqlite3",
        [
            file, "PRAGMA foreign_keys=ON", $"CREATE TABLE devices_stage ({string.Join(", ", columns)})",
            $".import --csv --skip 1 {csv} devices_stage", $"INSERT INTO {table} SELECT {select} FROM devices_stage",
        ], new Dictionary<string, string>());
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(file + suffix);
        }

        return ValueTask.CompletedTask;
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
