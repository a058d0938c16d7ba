using System.CommandLine;
using MedPatch.Cli;
using MedPatch.Composition;

namespace MedPatch.Features.Database;

public static class DatabaseCommands
{
    public static Command Create(CliConsole console)
    {
        var db = new Command("db", "Database maintenance");
        var migrate = new Command("migrate", "Create the database or bring its schema up to date");
        migrate.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            await using var services = ServiceCollectionExtensions.BuildCliServices(settings);
            var applied = await DatabaseMigrator.MigrateAsync(services, cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync(applied.Count == 0
                ? "database is up to date"
                : $"applied {applied.Count} migration(s): {string.Join(", ", applied)}").ConfigureAwait(false);
            return 0;
        });
        db.Subcommands.Add(migrate);
        return db;
    }
}
