using MedPatch.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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

    public static MedPatchDbContext CreateContext(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<MedPatchDbContext>();
        Configure(builder, settings);
        return new MedPatchDbContext(builder.Options);
    }
}
