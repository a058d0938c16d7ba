using System.Globalization;
using System.Reflection;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MedPatch.Features.Database;

/// <summary>Applies pending migrations of whichever provider is configured; run by serve, demo, db migrate and the imports.</summary>
public static class DatabaseMigrator
{
    public static async Task<IReadOnlyList<string>> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Nearly always the schema is current: settled by plain queries before EF Core builds its model and runs its
        // migrator (its lock, its check of the model against the migrations' snapshot), most of a second of start-up.
        if ((await PendingAsync(services.GetRequiredService<DatabaseSettings>(), cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return [];
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedPatchDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }

    /// <summary>
    /// The provider's migrations that the database's history table does not list, as EF Core's
    /// GetPendingMigrations tells them (the same attributes of the same migrations assembly, the same default
    /// history table), read past EF Core so no model is built.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var postgres = settings.Provider == DatabaseProvider.Postgres;
        var migrations = Migrations(postgres ? DatabaseSetup.PostgresMigrationsAssembly : DatabaseSetup.SqliteMigrationsAssembly);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await DatabaseSetup.OpenConnectionAsync(settings, cancellationToken).ConfigureAwait(false);
        await using (var exists = connection.CreateCommand())
        {
            exists.CommandText = postgres
                ? "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname = @name"
                : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name";
            var name = exists.CreateParameter();
            name.ParameterName = "@name";
            name.Value = HistoryRepository.DefaultTableName;
            exists.Parameters.Add(name);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
            {
                return migrations;
            }
        }

        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied.Add(reader.GetString(0));
        }

        return [.. migrations.Where(id => !applied.Contains(id))];
    }

    /// <summary>The ids of the context's migrations in the assembly, in order, found as EF Core's migrations assembly finds them.</summary>
    private static List<string> Migrations(string assembly) =>
        [.. Assembly.Load(new AssemblyName(assembly)).GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(MedPatchDbContext))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];
}
