using System.CommandLine;
using MedPatch.Cli;

namespace MedPatch.Features.Devices;

public static class DeviceCommands
{
    public static Command Create(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var facility = new Option<string?>("--facility") { Description = "Only devices of this facility" };
        var manufacturer = new Option<string?>("--manufacturer") { Description = "Only devices of this manufacturer (any alias)" };
        var unsupported = new Option<bool>("--unsupported") { Description = "Only devices past their end of support" };
        var limit = new Option<int?>("--limit") { Description = "At most this many devices (default: all)" };
        var devices = new Command("devices", "List devices") { json, facility, manufacturer, unsupported, limit };
        devices.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<DeviceQueries>();
            var filter = new DeviceFilter
            {
                Facility = parseResult.GetValue(facility),
                Manufacturer = parseResult.GetValue(manufacturer),
                Unsupported = parseResult.GetValue(unsupported),
            };
            var max = parseResult.GetValue(limit) ?? int.MaxValue;
            var items = new List<DeviceListItem>();
            await foreach (var item in queries.StreamAsync(filter, cancellationToken).ConfigureAwait(false))
            {
                if (items.Count >= max)
                {
                    break;
                }

                items.Add(item);
            }

            if (parseResult.GetValue(json))
            {
                console.WriteJson(items);
                return 0;
            }

            console.WriteTable(
                ["Asset tag", "Serial", "Facility", "Manufacturer", "Model", "Type", "Version", "Location", "IP", "Support"],
                items.Select(d => new[]
                {
                    d.AssetTag, d.SerialNumber, d.Facility, d.Manufacturer, d.Model, d.DeviceType, d.SoftwareVersion,
                    d.Location, d.IpAddress, Display.Support(d.SupportStatus, d.EndOfSupport),
                }));
            await console.Output.WriteLineAsync($"{items.Count} device(s)").ConfigureAwait(false);
            return 0;
        });
        return devices;
    }
}
