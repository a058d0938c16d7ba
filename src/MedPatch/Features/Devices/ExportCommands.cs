using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;
using MedPatch.Features.Devices.Export;

namespace MedPatch.Features.Devices;

/// <summary><c>medpatch export …</c>: each kind of data brings its own subcommand.</summary>
public static class ExportCommands
{
    public static Command Create(CliConsole console)
    {
        var export = new Command("export", "Export data from MedPatch");
        export.Subcommands.Add(Devices(console));
        return export;
    }

    private static Command Devices(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "File to write (overwritten)" };
        var format = new Option<string?>("--format") { Description = "csv or xlsx (default: from the file extension, else csv)" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var facility = new Option<string?>("--facility") { Description = "Only devices of this facility" };
        var manufacturer = new Option<string?>("--manufacturer") { Description = "Only devices of this manufacturer (any alias)" };
        var unsupported = new Option<bool>("--unsupported") { Description = "Only devices past their end of support" };
        var devices = new Command("devices", "Export devices with the canonical import columns") { file, format, facility, manufacturer, unsupported };
        devices.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            var chosen = parseResult.GetValue(format)
                ?? (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? "xlsx" : "csv");
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var exporter = scope.ServiceProvider.GetRequiredService<ExportDevices>();
            var filter = new DeviceFilter
            {
                Facility = parseResult.GetValue(facility),
                Manufacturer = parseResult.GetValue(manufacturer),
                Unsupported = parseResult.GetValue(unsupported),
            };
            var count = await exporter.WriteAsync(chosen == "xlsx" ? ExportFormat.Xlsx : ExportFormat.Csv, path, filter, cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}: {count} device(s) exported as {chosen}")).ConfigureAwait(false);
            return 0;
        });
        return devices;
    }
}
