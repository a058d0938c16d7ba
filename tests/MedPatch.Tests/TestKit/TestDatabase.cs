using MedPatch.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MedPatch.Tests.TestKit;

/// <summary>
/// A fresh, migrated database for one test: a temporary SQLite file, or a new database on the PostgreSQL
/// server named by MEDPATCH_TEST_POSTGRES. Without that server the PostgreSQL rows fail in CI and skip elsewhere.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFile;
    private readonly string? postgresName;
    private readonly string? postgresAdmin;

    private TestDatabase(DatabaseSettings settings, string? sqliteFile, string? postgresName, string? postgresAdmin)
    {
        Settings = settings;
        this.sqliteFile = sqliteFile;
        this.postgresName = postgresName;
        this.postgresAdmin = postgresAdmin;
    }

    public DatabaseSettings Settings { get; }

    /// <summary>The value a user would pass to <c>--db</c> for this database.</summary>
    public string DbArgument => Settings.ConnectionString;

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind, bool migrate = true)
    {
        TestDatabase database;
        if (kind == DatabaseKind.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "medpatch-test-" + Guid.NewGuid().ToString("N") + ".db");
            database = new TestDatabase(DatabaseSettings.Parse(file), file, null, null);
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable(Databases.PostgresVariable);
            if (string.IsNullOrWhiteSpace(admin))
            {
                if (Databases.InCi)
                {
                    throw new InvalidOperationException($"{Databases.PostgresVariable} is not set: CI must run the PostgreSQL tests (see .ci/run)");
                }

                Assert.Skip($"PostgreSQL test skipped: set {Databases.PostgresVariable} to an admin connection string (./test.sh does)");
            }

            var name = "medpatch_test_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await command.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
            database = new TestDatabase(new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString), null, name, admin);
        }

        if (migrate)
        {
            await using var db = database.NewContext();
            await db.Database.MigrateAsync();
        }

        return database;
    }

    public MedPatchDbContext NewContext() => DatabaseSetup.CreateContext(Settings);

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                try
                {
                    File.Delete(sqliteFile + suffix);
                }
                catch (IOException)
                {
                    // A file still held open only leaks into the temp folder; the test result stands.
                }
            }
        }

        if (postgresName is not null && postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
