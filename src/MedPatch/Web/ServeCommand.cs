using System.CommandLine;
using MedPatch.Cli;
using MedPatch.Composition;
using MedPatch.Features.Database;

namespace MedPatch.Web;

public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static readonly Option<string?> Urls = new("--urls") { Description = "Where to listen, e.g. http://0.0.0.0:8080 (default " + DefaultUrls + ")" };

    public static Command Create(CliConsole console)
    {
        var serve = new Command("serve", "Serve the web UI and the REST API");
        serve.Options.Add(Urls);
        serve.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            var urls = parseResult.GetValue(Urls) ?? DefaultUrls;
            await using var app = MedPatchWebApp.Create(settings, urls);
            await DatabaseMigrator.MigrateAsync(app.Services, cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync($"MedPatch is serving on {urls} (database: {settings.Provider})").ConfigureAwait(false);
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return serve;
    }
}
