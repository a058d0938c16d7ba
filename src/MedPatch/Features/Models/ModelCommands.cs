using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;

namespace MedPatch.Features.Models;

public static class ModelCommands
{
    public static Command Create(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var manufacturer = new Option<string?>("--manufacturer") { Description = "Only models of this manufacturer (any alias)" };
        var models = new Command("models", "List device models with support dates and patch policy") { json, manufacturer };
        models.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var items = await scope.ServiceProvider.GetRequiredService<ModelQueries>()
                .ListAsync(parseResult.GetValue(manufacturer), cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(items);
                return 0;
            }

            console.WriteTable(
                ["Manufacturer", "Model", "Model numbers", "Type", "End of sale", "End of support", "Remote push", "Customer installs", "Vendor installs", "Devices"],
                items.Select(m => new[]
                {
                    m.Manufacturer, m.Name, string.Join(", ", m.ModelNumbers), m.DeviceType, Display.Date(m.EndOfSale),
                    Display.Date(m.EndOfSupport), Display.YesNo(m.RemotePushPossible), Display.YesNo(m.CustomerMayInstall),
                    Display.YesNo(m.ManufacturerMustInstall), m.DeviceCount.ToString(CultureInfo.InvariantCulture),
                }));
            await console.Output.WriteLineAsync($"{items.Count} model(s)").ConfigureAwait(false);
            return 0;
        });
        return models;
    }
}
