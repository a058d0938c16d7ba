using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;
using MedPatch.Core.Matching;
using MedPatch.Core.Risk;
using MedPatch.Features.Devices;
using Spectre.Console;

namespace MedPatch.Features.Exposures;

/// <summary><c>medpatch match</c> and <c>medpatch exposures</c>: run the matching engine and list what it found.</summary>
public static class ExposureCommands
{
    public static Command Match(CliConsole console)
    {
        var full = new Option<bool>("--full") { Description = "Recompute every exposure from scratch; its created, changed and gone counts show what the incremental updates missed (they should all be 0)" };
        var json = GlobalOptions.Json();
        var command = new Command("match", "Match the inventory against the imported advisories, rank the exposures and store them. Imports, device and catalog changes already update the exposures they touch; this recomputes them all") { full, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.Migrate, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var service = ActivatorUtilities.CreateInstance<MatchService>(scope.ServiceProvider);
            MatchRunResult result;
            if (console.IsInteractive && !parseResult.GetValue(json))
            {
                // Storing a large inventory's rows is what takes long enough to watch.
                MatchRunResult? done = null;
                await console.Ansi.Progress().AutoClear(true).StartAsync(async context =>
                {
                    var task = context.AddTask("devices stored", maxValue: 1);
                    done = await service.RunFullAsync(cancellationToken, (n, total) => { task.MaxValue = Math.Max(1, total); task.Value = n; }).ConfigureAwait(false);
                }).ConfigureAwait(false);
                result = done!;
            }
            else
            {
                result = await service.RunFullAsync(cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(json))
            {
                console.WriteJson(result);
                return 0;
            }

            await console.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{result.Devices} devices, {result.Statements} statements: {result.Exposures} exposures ({result.Created} new, {result.Updated} changed, {result.Removed} gone) in {result.Seconds:0.###} s")).ConfigureAwait(false);
            await console.Output.WriteLineAsync("by state: " + Counts(result.ByState)).ConfigureAwait(false);
            await console.Output.WriteLineAsync("by confidence: " + Counts(result.ByConfidence)).ConfigureAwait(false);
            await console.Output.WriteLineAsync("by decision: " + Counts(result.ByDecision)).ConfigureAwait(false);
            if (result.Unresolved > 0)
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Unresolved} statements name no model of the catalog")).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    public static Command List(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var decision = new Option<string?>("--decision") { Description = "defer, scheduled, out_of_cycle or immediate" };
        var device = new Option<string?>("--device") { Description = "A device's asset tag" };
        var cve = new Option<string?>("--cve") { Description = "One CVE id" };
        var confidence = new Option<string?>("--confidence") { Description = "low, medium or high" };
        var unmitigated = new Option<bool>("--unmitigated") { Description = "Only affected or possible exposures nobody has closed, mitigated, accepted or fixed" };
        var limit = new Option<int?>("--limit") { Description = "At most this many, most urgent first" };
        var command = new Command("exposures", "List stored exposures, most urgent first (by SSVC decision, then priority)") { json, decision, device, cve, confidence, unmitigated, limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var size = parseResult.GetValue(limit) switch
            {
                null => int.MaxValue,
                < 1 => throw new CliException("--limit must be 1 or more", 2),
                { } n => n,
            };
            var filter = new ExposureFilter(
                Parse<DeployerDecision>(parseResult.GetValue(decision), "--decision"),
                parseResult.GetValue(device),
                parseResult.GetValue(cve),
                Parse<MatchConfidence>(parseResult.GetValue(confidence), "--confidence"),
                parseResult.GetValue(unmitigated));
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var items = await ActivatorUtilities.CreateInstance<ExposureQueries>(scope.ServiceProvider).ListAsync(filter, size, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(items);
                return 0;
            }

            console.WriteTable(
                ["Asset tag", "Facility", "Manufacturer", "Model", "Version", "CVE", "Advisory", "State", "Confidence", "Decision", "Priority"],
                items.Select(e => (IReadOnlyList<string?>)
                [
                    e.AssetTag, e.Facility, e.Manufacturer, e.Model, e.SoftwareVersion, e.Cve, e.Advisory, e.State, e.Confidence, e.Decision,
                    e.Priority?.ToString("0.00", CultureInfo.InvariantCulture),
                ]));
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{items.Count} exposures")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));

    private static TEnum? Parse<TEnum>(string? text, string option)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        return SnakeCaseEnum.TryParse<TEnum>(text, out var value)
            ? value
            : throw new CliException($"{option} must be one of {SnakeCaseEnum.Names<TEnum>()}", 2);
    }
}
