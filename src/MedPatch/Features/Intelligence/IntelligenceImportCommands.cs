using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;
using MedPatch.Core.Standards.Epss;
using MedPatch.Core.Standards.Kev;
using Spectre.Console;

namespace MedPatch.Features.Intelligence;

/// <summary><c>medpatch import advisories|kev|epss|sbom</c>: the vulnerability intelligence imports.</summary>
public static class IntelligenceImportCommands
{
    public static IEnumerable<Command> Create(CliConsole console) => [Advisories(console), Kev(console), Epss(console), Sbom(console)];

    private static Command Advisories(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Advisory files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var json = GlobalOptions.Json();
        var command = new Command("advisories", "Import CSAF 2.0 advisories, CVE JSON 5 records and NVD API 2.0 responses (format told by content)") { paths, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.Migrate, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var importer = ActivatorUtilities.CreateInstance<ImportAdvisories>(scope.ServiceProvider);
            var files = parseResult.GetValue(paths)!;
            AdvisoryImportResult result;
            if (console.IsInteractive && !parseResult.GetValue(json))
            {
                AdvisoryImportResult? done = null;
                await console.Ansi.Progress().AutoClear(true).StartAsync(async context =>
                {
                    var task = context.AddTask("advisories", maxValue: 1);
                    done = await importer.RunAsync(files, (n, total) => { task.MaxValue = Math.Max(1, total); task.Value = n; }, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
                result = done!;
            }
            else
            {
                result = await importer.RunAsync(files, null, cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(json))
            {
                console.WriteJson(new
                {
                    result.Imported,
                    result.Updated,
                    result.Unchanged,
                    result.Failed,
                    Errors = result.Errors.Select(e => new { e.File, e.Message }),
                    result.Skipped,
                    result.Older,
                    result.Files,
                    result.Matching,
                });
            }
            else
            {
                await console.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{result.Files} files: {result.Imported} imported, {result.Updated} updated, {result.Unchanged} unchanged, {result.Older} older revisions kept, {result.Skipped} skipped, {result.Failed} failed")).ConfigureAwait(false);
                if (result.Matching is { } matching)
                {
                    await console.Output.WriteLineAsync(string.Create(
                        CultureInfo.InvariantCulture,
                        $"exposures: {matching.Created} new, {matching.Updated} changed, {matching.Removed} gone ({matching.Exposures} for the vulnerabilities imported)")).ConfigureAwait(false);
                }

                foreach (var error in result.Errors)
                {
                    await console.Error.WriteLineAsync($"{error.File}: {error.Message}").ConfigureAwait(false);
                }
            }

            return result.Succeeded ? 0 : 1;
        });
        return command;
    }

    private static Command Kev(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "CISA known_exploited_vulnerabilities.json" };
        var json = GlobalOptions.Json();
        var command = new Command("kev", "Import a CISA Known Exploited Vulnerabilities catalog") { file, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.Migrate, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            KevImportResult result;
            try
            {
                result = await ActivatorUtilities.CreateInstance<ImportKev>(scope.ServiceProvider).RunAsync(parseResult.GetValue(file)!, cancellationToken).ConfigureAwait(false);
            }
            catch (KevFormatException ex)
            {
                throw new CliException($"{parseResult.GetValue(file)}: not a KEV catalog: {ex.Message}", 2);
            }

            if (parseResult.GetValue(json))
            {
                console.WriteJson(result);
            }
            else
            {
                var text = result.Older
                    ? $"{result.File}: catalog {result.CatalogVersion} is older than the newest imported one: nothing changed"
                    : $"{result.File}: catalog {result.CatalogVersion}, {result.Entries} entries: {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged, {result.Cleared} no longer listed";
                await console.Output.WriteLineAsync(text).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static Command Epss(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "FIRST EPSS daily CSV (epss_scores-YYYY-MM-DD.csv, plain or .gz)" };
        var json = GlobalOptions.Json();
        var command = new Command("epss", "Import FIRST EPSS scores") { file, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.Migrate, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            EpssImportResult result;
            try
            {
                result = await ActivatorUtilities.CreateInstance<ImportEpss>(scope.ServiceProvider).RunAsync(parseResult.GetValue(file)!, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is EpssFormatException or InvalidDataException)
            {
                throw new CliException($"{parseResult.GetValue(file)}: not an EPSS file: {ex.Message}", 2);
            }

            if (parseResult.GetValue(json))
            {
                console.WriteJson(result);
            }
            else
            {
                var text = result.Unchanged ? $"{result.File}: already imported: nothing changed"
                    : result.Older ? $"{result.File}: scores of {result.ScoreDate} are older than the newest imported: nothing changed"
                    : $"{result.File}: {result.Scores} scores (model {result.ModelVersion ?? "unknown"}, {result.ScoreDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}), {result.Updated} known vulnerabilities updated";
                await console.Output.WriteLineAsync(text).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static Command Sbom(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "CycloneDX (JSON or XML) or SPDX 2.x JSON" };
        var model = new Option<string>("--model") { Description = "The device model: \"MANUFACTURER/MODEL\"", Required = true };
        var version = new Option<string?>("--version") { Description = "The model's software version the SBOM describes" };
        var json = GlobalOptions.Json();
        var command = new Command("sbom", "Import a device model's SBOM (components, dependencies, VEX)") { file, model, version, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.Migrate, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            SbomImportResult result;
            try
            {
                result = await ActivatorUtilities.CreateInstance<ImportSbom>(scope.ServiceProvider)
                    .RunAsync(parseResult.GetValue(file)!, parseResult.GetValue(model)!, parseResult.GetValue(version), cancellationToken).ConfigureAwait(false);
            }
            catch (SbomImportException ex)
            {
                throw new CliException(ex.Message, 2);
            }

            if (parseResult.GetValue(json))
            {
                console.WriteJson(result);
            }
            else
            {
                var target = result.Version is null ? $"{result.Manufacturer} {result.Model}" : $"{result.Manufacturer} {result.Model} {result.Version}";
                var text = result.Unchanged
                    ? $"{result.File}: already the SBOM of {target}: nothing changed"
                    : string.Create(CultureInfo.InvariantCulture, $"{result.File}: {result.Format} {result.SpecVersion} for {target}: {result.Components} components, {result.Dependencies} dependencies, {result.VexStatements} VEX statements{(result.Replaced ? " (replaced the previous SBOM)" : string.Empty)}");
                await console.Output.WriteLineAsync(text).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
