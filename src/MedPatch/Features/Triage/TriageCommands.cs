using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;
using MedPatch.Core.Matching;

namespace MedPatch.Features.Triage;

/// <summary>
/// <c>medpatch triage</c> lists the queue; <c>medpatch triage confirm|false-positive|not-applicable|reopen</c> records a
/// decision with its reason, as the operating-system user running the command.
/// </summary>
public static class TriageCommands
{
    public static Command Create(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var facility = new Option<string?>("--facility") { Description = "A facility's name or id" };
        var manufacturer = new Option<string?>("--manufacturer") { Description = "A manufacturer's name or alias" };
        var cve = new Option<string?>("--cve") { Description = "One CVE id" };
        var confidence = new Option<string?>("--confidence") { Description = "low or medium" };
        var limit = new Option<int?>("--limit") { Description = "At most this many, most urgent first" };
        var command = new Command(
            "triage",
            "List the triage queue: open matches of low or medium confidence that wait for a person, most urgent first")
        {
            json, facility, manufacturer, cve, confidence, limit,
        };
        foreach (var action in TriageActions.All)
        {
            command.Subcommands.Add(Decide(console, action));
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var size = parseResult.GetValue(limit) switch
            {
                null => int.MaxValue,
                < 1 => throw new CliException("--limit must be 1 or more", 2),
                { } n => n,
            };
            MatchConfidence? level = null;
            if (parseResult.GetValue(confidence) is { } text)
            {
                level = TriageConfidence.TryParse(text, out var value) ? value : throw new CliException("--confidence " + TriageConfidence.Error, 2);
            }

            var filter = new TriageFilter(parseResult.GetValue(facility), parseResult.GetValue(manufacturer), parseResult.GetValue(cve), level);
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var items = await ActivatorUtilities.CreateInstance<TriageQueries>(scope.ServiceProvider).ListAsync(filter, size, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(items);
                return 0;
            }

            console.WriteTable(
                ["Id", "Asset tag", "Facility", "Manufacturer", "Model", "Version", "CVE", "Advisory", "State", "Confidence", "Decision", "Reason"],
                items.Select(e => (IReadOnlyList<string?>)
                [
                    e.Id.ToString("D"), e.AssetTag, e.Facility, e.Manufacturer, e.Model, e.SoftwareVersion, e.Cve, e.Advisory, e.State, e.Confidence,
                    e.Decision, e.Reason,
                ]));
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{items.Count} exposure(s) wait for triage")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Decide(CliConsole console, TriageAction action)
    {
        var ids = new Argument<string[]>("ID") { Description = "Exposure ids (see `medpatch triage --json`)", Arity = ArgumentArity.ZeroOrMore };
        var reason = new Option<string?>("--reason") { Description = "Why (required, at most 2000 characters)" };
        var device = new Option<string?>("--device") { Description = "Name the exposure by its device's asset tag instead of an id (with --cve)" };
        var cve = new Option<string?>("--cve") { Description = "The CVE of the exposure named with --device" };
        var json = GlobalOptions.Json();
        var command = new Command(TriageActions.Verb(action), Help(action)) { ids, reason, device, cve, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var why = parseResult.GetValue(reason);
            if (string.IsNullOrWhiteSpace(why))
            {
                throw new CliException("--reason is required: say why, for whoever reads this decision later");
            }

            var wanted = Parse(parseResult.GetValue(ids) ?? []);
            var (tag, id) = (parseResult.GetValue(device), parseResult.GetValue(cve));
            if ((tag is null) != (id is null))
            {
                throw new CliException("--device and --cve name an exposure together: give both");
            }

            if (wanted.Count == 0 && tag is null)
            {
                throw new CliException("name the exposures: exposure ids, or --device ASSET_TAG --cve CVE");
            }

            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            if (tag is not null)
            {
                var found = await scope.ServiceProvider.GetRequiredService<TriageQueries>().FindAsync(tag, id!, cancellationToken).ConfigureAwait(false);
                wanted.Add(found.Count switch
                {
                    0 => throw new CliException($"device '{tag}' has no exposure to {id!.Trim().ToUpperInvariant()}"),
                    1 => found[0],
                    _ => throw new CliException($"several devices tagged '{tag}' are exposed to {id!.Trim().ToUpperInvariant()}: give the exposure id instead"),
                });
            }

            var outcome = await scope.ServiceProvider.GetRequiredService<TriageExposures>()
                .ExecuteAsync(wanted, TriageActions.Name(action), why, TriageActor.Cli(), cancellationToken).ConfigureAwait(false);
            switch (outcome)
            {
                case TriageOutcome.Triaged triaged when parseResult.GetValue(json):
                    console.WriteJson(triaged.Items);
                    return 0;
                case TriageOutcome.Triaged triaged:
                    foreach (var item in triaged.Items)
                    {
                        await console.Output.WriteLineAsync($"{item.AssetTag ?? item.DeviceId.ToString("D")} {item.Cve}: {item.Status}").ConfigureAwait(false);
                    }

                    await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{triaged.Items.Count} exposure(s) triaged ({TriageActions.Name(action)})")).ConfigureAwait(false);
                    return 0;
                case TriageOutcome.NotFound missing:
                    throw new CliException($"no exposure has the id {string.Join(", ", missing.Ids)}; nothing was changed");
                case TriageOutcome.Invalid invalid:
                    throw new CliException(string.Join("; ", invalid.Errors.Select(e => $"{Option(e.Key)} {string.Join(" ", e.Value)}")));
                default:
                    throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name);
            }
        });
        return command;
    }

    private static string Help(TriageAction action) => action switch
    {
        TriageAction.Confirm => "Confirm exposures: the device really is exposed (recorded with the reason in the audit trail)",
        TriageAction.FalsePositive => "Mark exposures as false positives: the match is wrong",
        TriageAction.NotApplicable => "Mark exposures as not applicable: the vulnerability cannot apply to this device",
        _ => "Reopen exposures: undo a decision (low- and medium-confidence matches return to the queue)",
    };

    private static List<Guid> Parse(string[] texts)
    {
        var ids = new List<Guid>(texts.Length);
        foreach (var text in texts)
        {
            ids.Add(Guid.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var id)
                ? id
                : throw new CliException($"'{text}' is not an exposure id (see `medpatch triage --json`)"));
        }

        return ids;
    }

    private static string Option(string field) => field switch
    {
        TriageExposures.ReasonField => "--reason",
        TriageExposures.IdsField => "exposure ids:",
        _ => field + ":",
    };
}
