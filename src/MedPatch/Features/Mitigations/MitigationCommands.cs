using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;
using MedPatch.Features.Intelligence.Api;

namespace MedPatch.Features.Mitigations;

/// <summary>
/// <c>medpatch mitigations</c> lists compensating controls; <c>add</c>, <c>verify</c> and <c>end</c> record them. Each
/// change is audited and re-ranks the exposures of the mitigation's devices.
/// </summary>
public static class MitigationCommands
{
    public static Command Create(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var device = new Option<string?>("--device") { Description = "Only mitigations on the device with this asset tag (or id)" };
        var cve = new Option<string?>("--cve") { Description = "Only mitigations answering this CVE or covering every vulnerability" };
        var active = new Option<bool>("--active") { Description = "Only active mitigations" };
        var command = new Command("mitigations", "List mitigations (compensating controls) with devices, verification and review date; active first") { json, device, cve, active };
        command.Subcommands.Add(Add(console));
        command.Subcommands.Add(Verify(console));
        command.Subcommands.Add(End(console));
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string? id = null;
            if (parseResult.GetValue(cve) is { } text && (id = CveIds.Normalize(text)) is null)
            {
                throw new CliException($"--cve: '{text}' {IntelligenceListValidation.NotACveId}", 2);
            }

            var filter = new MitigationFilter(parseResult.GetValue(device), id, parseResult.GetValue(active) ? true : null);
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var items = await scope.ServiceProvider.GetRequiredService<MitigationQueries>().ListAsync(filter, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(items);
                return 0;
            }

            console.WriteTable(
                ["Id", "Kind", "Effect", "Devices", "CVE", "Verified", "Review by", "State"],
                items.Select(m => (IReadOnlyList<string?>)
                [
                    m.Id.ToString(), MitigationValues.Name(m.Kind), MitigationValues.Name(m.Effect), string.Join(", ", m.Devices.Select(d => d.Label)),
                    m.Cve ?? "all", Verified(m), Review(m), State(m),
                ]));
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{items.Count} mitigation(s)")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Add(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var kind = new Option<string?>("--kind") { Description = MitigationValues.KindNames };
        var effect = new Option<string?>("--effect") { Description = "What it does to reachability: none, restricts (open becomes controlled), isolates (small)" };
        var description = new Option<string?>("--description") { Description = "What was done and where, so that someone can check it" };
        var devices = new Option<string[]>("--device") { Description = "Asset tag of a device it applies to; repeatable", AllowMultipleArgumentsPerToken = true };
        var cve = new Option<string?>("--cve") { Description = "The vulnerability it answers; leave out for every vulnerability of the devices" };
        var reviewBy = new Option<string?>("--review-by") { Description = "YYYY-MM-DD: after this day the control no longer counts until verified again" };
        var verifiedBy = new Option<string?>("--verified-by") { Description = "Who checked it is in place (verified now); unverified mitigations do not count" };
        var command = new Command("add", "Record a mitigation on devices, audited; the devices' exposures are re-ranked")
        {
            json, kind, effect, description, devices, cve, reviewBy, verifiedBy,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new NewMitigation
            {
                Kind = parseResult.GetValue(kind),
                Effect = parseResult.GetValue(effect),
                Description = parseResult.GetValue(description),
                AssetTags = parseResult.GetValue(devices) ?? [],
                Cve = parseResult.GetValue(cve),
                ReviewBy = parseResult.GetValue(reviewBy),
                VerifiedBy = parseResult.GetValue(verifiedBy),
            };
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<MitigationEditor>().AddAsync(request, cancellationToken).ConfigureAwait(false);
            var done = Done(outcome, "the mitigation was not recorded");
            await WriteAsync(console, done.Mitigation, parseResult.GetValue(json), $"Recorded mitigation {done.Mitigation.Id}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var id = new Argument<Guid>("ID") { Description = "The mitigation's id (see `medpatch mitigations`)" };
        var by = new Option<string?>("--by") { Description = "Who checked the control is in place" };
        var reviewBy = new Option<string?>("--review-by") { Description = "YYYY-MM-DD: the next review date; required when the previous one has passed" };
        var command = new Command("verify", "Record that a person checked a mitigation; it counts for ranking until its review date") { id, by, reviewBy, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(parseResult.GetValue(by)))
            {
                throw new CliException("--by: is required (who checked the control)", 2);
            }

            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<MitigationEditor>()
                .VerifyAsync(parseResult.GetValue(id), new VerifyMitigation { VerifiedBy = parseResult.GetValue(by), ReviewBy = parseResult.GetValue(reviewBy) }, cancellationToken)
                .ConfigureAwait(false);
            var done = Done(outcome, "the mitigation was not verified");
            await WriteAsync(console, done.Mitigation, parseResult.GetValue(json), $"Verified by {done.Mitigation.VerifiedBy}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command End(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var id = new Argument<Guid>("ID") { Description = "The mitigation's id (see `medpatch mitigations`)" };
        var command = new Command("end", "End a mitigation (the control was removed): it stays on record and no longer counts") { id, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<MitigationEditor>().EndAsync(parseResult.GetValue(id), cancellationToken).ConfigureAwait(false);
            var done = Done(outcome, "the mitigation was not ended");
            await WriteAsync(console, done.Mitigation, parseResult.GetValue(json), done.Changed ? "Ended." : "It had already ended; nothing changed.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>Errors name the command-line option (--device for the API's asset_tags), in one line.</summary>
    private static MitigationOutcome.Done Done(MitigationOutcome outcome, string what) => outcome switch
    {
        MitigationOutcome.Done done => done,
        MitigationOutcome.Invalid invalid => throw new CliException(
            what + ": " + string.Join("; ", invalid.Errors.Select(e => $"{OptionName(e.Key)}: {string.Join(" ", e.Value)}")), 2),
        MitigationOutcome.Conflict conflict => throw new CliException($"{what}: {conflict.Message}"),
        MitigationOutcome.NotFound => throw new CliException($"{what}: no mitigation has that id (see `medpatch mitigations`)"),
        _ => throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name),
    };

    private static string OptionName(string field) => field switch
    {
        "asset_tags" or "device_ids" => "--device",
        "verified_by" => "--verified-by",
        _ => "--" + field.Replace('_', '-'),
    };

    private static async Task WriteAsync(CliConsole console, MitigationListItem item, bool json, string message)
    {
        if (json)
        {
            console.WriteJson(item);
            return;
        }

        await console.Output.WriteLineAsync(message).ConfigureAwait(false);
        await console.Output.WriteLineAsync(
            $"{item.Id}: {MitigationValues.Name(item.Kind)}, {MitigationValues.Name(item.Effect)}, on {string.Join(", ", item.Devices.Select(d => d.Label))}, "
            + $"for {item.Cve ?? "every vulnerability"}; {Verified(item)}; review by {Review(item)}; {State(item)}").ConfigureAwait(false);
    }

    private static string Verified(MitigationListItem m) =>
        m.VerifiedAt is { } at ? $"{m.VerifiedBy} {at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "not verified";

    private static string Review(MitigationListItem m) =>
        m.ReviewBy is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (m.Overdue ? " (overdue)" : string.Empty) : "-";

    private static string State(MitigationListItem m) => !m.Active ? "ended" : m.Counts ? "counts" : "active, does not count";
}
