using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Ranking;

/// <summary>
/// <c>medpatch risk-settings</c> shows an organization's risk-ranking settings; <c>set</c> changes some of them and
/// <c>reset</c> returns to the defaults. Both re-rank the organization's exposures and are audited.
/// </summary>
public static class RiskSettingsCommands
{
    public static Command Create(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var organization = OrganizationOption();
        var command = new Command("risk-settings", "Show an organization's risk-ranking criteria and weights, marking those left at the default") { json, organization };
        command.Subcommands.Add(Set(console));
        command.Subcommands.Add(Reset(console));
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var id = await OrganizationAsync(scope.ServiceProvider, parseResult.GetValue(organization), cancellationToken).ConfigureAwait(false);
            var outcome = await scope.ServiceProvider.GetRequiredService<RiskSettingsEditor>().GetAsync(id, cancellationToken).ConfigureAwait(false);
            await WriteAsync(console, Settings(outcome), parseResult.GetValue(json), null).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Set(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var organization = OrganizationOption();
        var weights = new Option<string[]>("--weight")
        {
            Description = "criterion=value, repeatable; criteria: " + string.Join(", ", RiskSettingFields.WeightFields.Select(Bare)),
            AllowMultipleArgumentsPerToken = true,
        };
        var others = RiskSettingFields.All.Where(f => !f.IsWeight)
            .Select(f => (Field: f, Option: new Option<string?>(OptionName(f))
            {
                Description = f.Choices is null ? f.Label : $"{f.Label}: {string.Join("|", f.Choices)}",
            }))
            .ToList();
        var command = new Command("set", "Change some risk-ranking settings (the others keep their value), audited; the exposures are re-ranked") { json, organization, weights };
        foreach (var (_, option) in others)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var changes = new List<KeyValuePair<string, string?>>();
            foreach (var pair in parseResult.GetValue(weights) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var field = equals > 0 ? RiskSettingFields.FindWeight(pair[..equals]) : null;
                if (field is null)
                {
                    throw new CliException(
                        $"--weight: '{pair}' is not criterion=value (criteria: {string.Join(", ", RiskSettingFields.WeightFields.Select(Bare))})", 2);
                }

                changes.Add(new(field.Name, pair[(equals + 1)..]));
            }

            foreach (var (field, option) in others)
            {
                if (parseResult.GetResult(option) is not null)
                {
                    changes.Add(new(field.Name, parseResult.GetValue(option)));
                }
            }

            if (changes.Count == 0)
            {
                throw new CliException("nothing to change: give --weight criterion=value or another setting (see --help)", 2);
            }

            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var id = await OrganizationAsync(scope.ServiceProvider, parseResult.GetValue(organization), cancellationToken).ConfigureAwait(false);
            var outcome = await scope.ServiceProvider.GetRequiredService<RiskSettingsEditor>().SetAsync(id, changes, cancellationToken).ConfigureAwait(false);
            if (outcome is RiskSettingsOutcome.Invalid invalid)
            {
                throw new CliException(
                    "nothing was saved: " + string.Join("; ", invalid.Errors.Select(e => $"{OptionName(e.Key)}: {string.Join(" ", e.Value)}")), 2);
            }

            var done = (RiskSettingsOutcome.Done)outcome;
            await WriteAsync(console, Settings(outcome), parseResult.GetValue(json), done.Changed ? "Saved; the exposures were re-ranked." : "Nothing changed.")
                .ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Reset(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var organization = OrganizationOption();
        var command = new Command("reset", "Return an organization's risk-ranking settings to the defaults, audited; the exposures are re-ranked") { json, organization };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var id = await OrganizationAsync(scope.ServiceProvider, parseResult.GetValue(organization), cancellationToken).ConfigureAwait(false);
            var outcome = await scope.ServiceProvider.GetRequiredService<RiskSettingsEditor>().ResetAsync(id, cancellationToken).ConfigureAwait(false);
            var done = (RiskSettingsOutcome.Done)outcome;
            await WriteAsync(console, Settings(outcome), parseResult.GetValue(json), done.Changed ? "Reset to the defaults; the exposures were re-ranked." : "Already the defaults; nothing changed.")
                .ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Option<string?> OrganizationOption() =>
        new("--organization") { Description = "The organization by name or id; may be left out when there is only one" };

    /// <summary>"--weight kev", "--epss-poc-threshold": how an error names the option that set a field.</summary>
    private static string OptionName(RiskSettingField field) => "--" + field.Name.Replace('_', '-');

    private static string OptionName(string field) =>
        field.StartsWith(RiskSettingFields.WeightsPrefix, StringComparison.Ordinal) ? "--weight " + field[RiskSettingFields.WeightsPrefix.Length..]
        : field == RiskSettingFields.Weights ? "--weight"
        : RiskSettingFields.Find(field) is { } known ? OptionName(known)
        : field;

    private static string Bare(RiskSettingField field) => field.Name[RiskSettingFields.WeightsPrefix.Length..];

    private static RiskSettingsView Settings(RiskSettingsOutcome outcome) => outcome switch
    {
        RiskSettingsOutcome.Done done => done.Settings,
        _ => throw new CliException("the organization disappeared while its settings were read"),
    };

    private static async Task WriteAsync(CliConsole console, RiskSettingsView view, bool json, string? message)
    {
        if (json)
        {
            console.WriteJson(view);
            return;
        }

        var source = view.Saved
            ? string.Create(CultureInfo.InvariantCulture, $"saved by {view.UpdatedBy} at {view.UpdatedAt:yyyy-MM-dd HH:mm:ss} UTC")
            : "the defaults; nothing saved";
        await console.Output.WriteLineAsync($"{view.Organization}: risk settings ({source})").ConfigureAwait(false);
        console.WriteTable(
            ["Setting", "Value", "Default", ""],
            view.Fields.Select(f => (IReadOnlyList<string?>)[f.Name, RiskSettingField.Text(f.Value), RiskSettingField.Text(f.DefaultValue), f.IsDefault ? "default" : "changed"]));
        if (message is not null)
        {
            await console.Output.WriteLineAsync(message).ConfigureAwait(false);
        }
    }

    /// <summary>By id or name (case ignored); without one, the only organization there is.</summary>
    private static async Task<Guid> OrganizationAsync(IServiceProvider services, string? wanted, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<MedPatchDbContext>();
        var all = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(wanted))
        {
            return all.Count switch
            {
                0 => throw new CliException("there is no organization yet (import devices or run `medpatch demo`)"),
                1 => all[0].Id,
                _ => throw new CliException($"several organizations exist ({string.Join(", ", all.Select(o => o.Name))}): add --organization ORG"),
            };
        }

        var text = wanted.Trim();
        var match = Guid.TryParse(text, CultureInfo.InvariantCulture, out var id)
            ? all.FirstOrDefault(o => o.Id == id)
            : all.FirstOrDefault(o => string.Equals(o.Name, text, StringComparison.OrdinalIgnoreCase));
        return match?.Id ?? throw new CliException($"no organization '{text}' (known: {string.Join(", ", all.Select(o => o.Name))})");
    }
}
