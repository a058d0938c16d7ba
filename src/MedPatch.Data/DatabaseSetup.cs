using System.Data.Common;
using MedPatch.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MedPatch.Data;

/// <summary>The one place that turns <see cref="DatabaseSettings"/> into EF Core options.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "MedPatch.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "MedPatch.Data.Postgres";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(new SqlitePragmas());
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "unknown database provider");
        }

        return options;
    }

    /// <summary>
    /// An open connection to the database past EF Core, set up as EF Core's are (SQLite's pragmas), for the few
    /// queries worth making before EF Core builds its model, which costs most of a second in a fresh process.
    /// </summary>
    public static async Task<DbConnection> OpenConnectionAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DbConnection connection = settings.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(settings.ConnectionString),
            DatabaseProvider.Postgres => new NpgsqlConnection(settings.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "unknown database provider"),
        };
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                await using var pragmas = connection.CreateCommand();
                pragmas.CommandText = SqlitePragmas.Sql;
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static MedPatchDbContext CreateContext(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<MedPatchDbContext>();
        Configure(builder, settings);
        return new MedPatchDbContext(builder.Options);
    }
}
