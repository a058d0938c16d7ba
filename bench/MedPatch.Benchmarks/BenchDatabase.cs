using MedPatch.Core.Demo;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Benchmarks;

/// <summary>One fresh, migrated database for one measurement, dropped afterwards.</summary>
public abstract class BenchDatabase : IAsyncDisposable
{
    public const string RawTable = "devices_raw";

    public abstract string Kind { get; }

    /// <summary>The value given to <c>medpatch --db</c>.</summary>
    public abstract string DbArgument { get; }

    public abstract Task<IReadOnlyList<string>> DeviceColumnsAsync();

    /// <summary>Creates <see cref="RawTable"/> with the columns, types, keys and indexes of <c>devices</c>.</summary>
    public abstract Task CreateRawTableAsync();

    /// <summary>
    /// The database's own command-line bulk loader for a raw CSV into <paramref name="table"/> (program and
    /// arguments); with <paramref name="foreignKeys"/> the loader checks the table's foreign keys as the import must.
    /// </summary>
    public abstract (string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment) RawLoad(string csv, string table, bool foreignKeys);

    /// <summary>Stores the organization, facilities, locations, segments, manufacturers and models the devices point at.</summary>
    public async Task SeedReferencesAsync(DemoHealthSystem demo)
    {
        await using var db = DatabaseSetup.CreateContext(DatabaseSettings.Parse(DbArgument));
        db.Add(demo.Organization);
        db.AddRange(demo.Facilities);
        db.AddRange(demo.Locations);
        db.AddRange(demo.Segments);
        db.AddRange(demo.Manufacturers);
        db.AddRange(demo.Models);
        await db.SaveChangesAsync().ConfigureAwait(false);
    }

    public async Task MigrateAsync()
    {
        await using var db = DatabaseSetup.CreateContext(DatabaseSettings.Parse(DbArgument));
        await db.Database.MigrateAsync().ConfigureAwait(false);
    }

    public async Task<long> CountAsync(string table)
    {
        await using var db = DatabaseSetup.CreateContext(DatabaseSettings.Parse(DbArgument));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM " + table;
        return Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public abstract ValueTask DisposeAsync();
}
