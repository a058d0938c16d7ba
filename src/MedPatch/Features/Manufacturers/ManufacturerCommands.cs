using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;

namespace MedPatch.Features.Manufacturers;

public static class ManufacturerCommands
{
    public static Command Create(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var manufacturers = new Command("manufacturers", "List manufacturers with aliases and notification channels") { json };
        manufacturers.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var items = await scope.ServiceProvider.GetRequiredService<ManufacturerQueries>().ListAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(items);
                return 0;
            }

            console.WriteTable(
                ["Manufacturer", "Aliases", "Channels", "Models", "Devices"],
                items.Select(m => new[]
                {
                    m.Name, string.Join(", ", m.Aliases),
                    string.Join(", ", m.Channels.Select(c => Display.Snake(c.Kind) + ": " + c.Address)),
                    m.ModelCount.ToString(CultureInfo.InvariantCulture), m.DeviceCount.ToString(CultureInfo.InvariantCulture),
                }));
            await console.Output.WriteLineAsync($"{items.Count} manufacturer(s)").ConfigureAwait(false);
            return 0;
        });
        return manufacturers;
    }
}
