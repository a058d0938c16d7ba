using Npgsql;

namespace MedPatch.Benchmarks;

public sealed class PostgresBenchDatabase : BenchDatabase
{
    private readonly string admin;
    private readonly string name = "medpatch_bench_" + Guid.NewGuid().ToString("N");
    private readonly NpgsqlConnectionStringBuilder target;

    private PostgresBenchDatabase(string admin)
    {
        this.admin = admin;
        target = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
    }

    public override string Kind => "PostgreSQL";

    public override string DbArgument => target.ConnectionString;

    public static async Task<PostgresBenchDatabase> CreateAsync(string admin)
    {
        var database = new PostgresBenchDatabase(admin);
        await database.AdminAsync($"CREATE DATABASE {database.name}").ConfigureAwait(false);
        return database;
    }

    public override async Task<IReadOnlyList<string>> DeviceColumnsAsync()
    {
        await using var connection = new NpgsqlConnection(DbArgument);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'devices' ORDER BY ordinal_position",
            connection);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    public override async Task CreateRawTableAsync()
    {
        // LIKE … INCLUDING ALL copies column types, NOT NULLs, defaults, the primary key and every index; foreign keys
        // are not copied, which is what a raw bulk load means.
        await using var connection = new NpgsqlConnection(DbArgument);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"CREATE TABLE {RawTable} (LIKE devices INCLUDING ALL)", connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public override (string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment) RawLoad(string csv, string table, bool foreignKeys)
    {
        // PostgreSQL always checks declared foreign keys; the bare raw table has none.
        _ = foreignKeys;
        var environment = new Dictionary<string, string>
        {
            ["PGHOST"] = target.Host ?? "localhost",
            ["PGPORT"] = target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = target.Username ?? "postgres",
            ["PGDATABASE"] = name,
        };
        if (!string.IsNullOrEmpty(target.Password))
        {
            environment["PGPASSWORD"] = target.Password;
        }

        return ("psql", ["-v", "ON_ERROR_STOP=1", "-c", $"\\copy {table} FROM '{csv}' CSV HEADER"], environment);
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)").ConfigureAwait(false);
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
