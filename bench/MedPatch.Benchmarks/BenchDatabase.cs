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

    /// <summary>The database's own command-line bulk loader for a raw CSV (program and arguments).</summary>
    public abstract (string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment) RawLoad(string csv);

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
