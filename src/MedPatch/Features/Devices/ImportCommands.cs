using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;
using MedPatch.Features.Devices.Import;
using Spectre.Console;

namespace MedPatch.Features.Devices;

/// <summary><c>medpatch import …</c>: each kind of data brings its own subcommand.</summary>
public static class ImportCommands
{
    public static Command Create(CliConsole console)
    {
        var import = new Command("import", "Import data into MedPatch");
        import.Subcommands.Add(Devices(console));
        foreach (var command in Intelligence.IntelligenceImportCommands.Create(console))
        {
            import.Subcommands.Add(command);
        }
        return import;
    }

    private static Command Devices(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "CSV, XLSX, or FHIR R4 Device resources (Bundle or NDJSON)" };
        var facility = new Option<string?>("--facility") { Description = "Facility for rows that name none" };
        var map = new Option<string?>("--map") { Description = "Header mapping: JSON {\"Their header\": \"asset_tag\", \"Notes\": \"ignore\"} or CSV header,column" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and count, change nothing" };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid rows, report the others (default: any invalid row imports nothing)" };
        var json = GlobalOptions.Json();
        var devices = new Command("devices", "Import devices (upsert by facility + asset tag, else serial + manufacturer)")
        {
            file, facility, map, dryRun, skipInvalid, json,
        };
        devices.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            IReadOnlyDictionary<string, string>? mapping = null;
            if (parseResult.GetValue(map) is { } mapPath)
            {
                try
                {
                    mapping = MappingFile.Load(mapPath);
                }
                catch (ImportFileException ex)
                {
                    throw new CliException(ex.Message, 2);
                }
            }

            var request = new ImportRequest(path)
            {
                Facility = parseResult.GetValue(facility),
                Map = mapping,
                DryRun = parseResult.GetValue(dryRun),
                SkipInvalid = parseResult.GetValue(skipInvalid),
            };
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.Migrate, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ImportDevices>();
            var result = console.IsInteractive && !parseResult.GetValue(json)
                ? await WithProgressAsync(console, importer, request, cancellationToken).ConfigureAwait(false)
                : await importer.RunAsync(request, null, cancellationToken).ConfigureAwait(false);

            if (parseResult.GetValue(json))
            {
                console.WriteJson(new
                {
                    result.Created,
                    result.Updated,
                    result.Unchanged,
                    result.Failed,
                    Errors = result.Errors.Select(e => new { e.Row, e.Column, e.Message }),
                    result.File,
                    result.Format,
                    result.DryRun,
                    result.Committed,
                });
            }
            else
            {
                await WriteSummaryAsync(console, result).ConfigureAwait(false);
            }

            return result.Succeeded ? 0 : 1;
        });
        return devices;
    }

    private static async Task<ImportResult> WithProgressAsync(CliConsole console, ImportDevices importer, ImportRequest request, CancellationToken cancellationToken)
    {
        ImportResult? result = null;
        await console.Ansi.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(Path.GetFileName(request.File), maxValue: 1);
            result = await importer.RunAsync(
                request,
                (read, length) =>
                {
                    task.MaxValue = Math.Max(1, length);
                    task.Value = read;
                },
                cancellationToken).ConfigureAwait(false);
            task.Value = task.MaxValue;
        }).ConfigureAwait(false);
        return result!;
    }

    private static async Task WriteSummaryAsync(CliConsole console, ImportResult result)
    {
        var verb = result.DryRun ? "would be " : string.Empty;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{result.File}: {result.Created} {verb}created, {result.Updated} {verb}updated, {result.Unchanged} unchanged, {result.Failed} failed");
        await console.Output.WriteLineAsync(summary).ConfigureAwait(false);
        foreach (var error in result.Errors)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.File}:{error.Row}:{error.Column}: {error.Message}")).ConfigureAwait(false);
        }

        if (result.Errors.Count > 0 && !result.Committed && !result.DryRun)
        {
            await console.Output.WriteLineAsync("nothing was imported: fix the rows above, or pass --skip-invalid to import the valid rows").ConfigureAwait(false);
        }
        else if (result.DryRun)
        {
            await console.Output.WriteLineAsync("dry run: nothing was changed").ConfigureAwait(false);
        }
    }
}
