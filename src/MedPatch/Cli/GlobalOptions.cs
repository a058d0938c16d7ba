using System.CommandLine;
using MedPatch.Data;

namespace MedPatch.Cli;

public static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Database: an SQLite file or connection string (default medpatch.db), a PostgreSQL connection string (Host=…) or postgres:// URL. Also read from MEDPATCH_DB.",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON for machines instead of a table" };

    public static DatabaseSettings Database(ParseResult parseResult)
    {
        var value = parseResult.GetValue(Db) ?? Environment.GetEnvironmentVariable(DatabaseSettings.EnvironmentVariable);
        try
        {
            return DatabaseSettings.Parse(value);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new CliException("--db: " + ex.Message, 2);
        }
    }
}
