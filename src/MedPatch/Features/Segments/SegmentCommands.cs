using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;

namespace MedPatch.Features.Segments;

/// <summary><c>medpatch segments</c> lists network segments; <c>medpatch segments set</c> records a person's System Exposure.</summary>
public static class SegmentCommands
{
    public static Command Create(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var segments = new Command("segments", "List network segments with VLAN, CIDR, device count and SSVC System Exposure") { json };
        segments.Subcommands.Add(Set(console));
        segments.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var items = await scope.ServiceProvider.GetRequiredService<SegmentQueries>().ListAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(items);
                return 0;
            }

            console.WriteTable(
                ["Organization", "Segment", "VLAN", "CIDR", "Facilities", "Devices", "Exposure"],
                items.Select(s => new[]
                {
                    s.Organization, s.Name, s.VlanId?.ToString(CultureInfo.InvariantCulture), s.Cidr, string.Join(", ", s.Facilities),
                    s.DeviceCount.ToString(CultureInfo.InvariantCulture), SegmentExposureValues.Name(s.Exposure),
                }));
            await console.Output.WriteLineAsync($"{items.Count} segment(s)").ConfigureAwait(false);
            return 0;
        });
        return segments;
    }

    private static Command Set(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The segment's name (case is ignored)" };
        var exposure = new Option<string?>("--exposure") { Description = "SSVC System Exposure: " + SegmentExposureValues.Names };
        var organization = new Option<string?>("--organization") { Description = "The organization by name, when several have a segment of that name" };
        var json = GlobalOptions.Json();
        var set = new Command("set", "Set a segment's SSVC System Exposure (recorded in the audit trail)") { name, exposure, organization, json };
        set.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(exposure);
            if (!SegmentExposureValues.TryParse(text, out _))
            {
                var given = string.IsNullOrWhiteSpace(text) ? "is required" : $"unknown value '{text}'";
                throw new CliException($"--exposure: {given} (one of {SegmentExposureValues.Names})", 2);
            }

            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var segment = await FindAsync(
                scope.ServiceProvider.GetRequiredService<SegmentQueries>(), parseResult.GetValue(name)!, parseResult.GetValue(organization), cancellationToken)
                .ConfigureAwait(false);
            var outcome = await scope.ServiceProvider.GetRequiredService<SetSegmentExposure>()
                .ExecuteAsync(segment.Id, text, cancellationToken).ConfigureAwait(false);
            if (outcome is not SetSegmentExposureOutcome.SegmentExposureChanged changed)
            {
                // The segment was found a moment ago and the value parsed: only a concurrent delete gets here.
                throw new CliException($"network segment '{segment.Name}' could not be changed ({outcome.GetType().Name})");
            }

            if (parseResult.GetValue(json))
            {
                console.WriteJson(changed.Segment);
                return 0;
            }

            var now = SegmentExposureValues.Name(changed.Segment.Exposure);
            await console.Output.WriteLineAsync(changed.IsChange
                ? $"{changed.Segment.Organization} / {changed.Segment.Name}: exposure {SegmentExposureValues.Name(changed.Previous)} -> {now}."
                : $"{changed.Segment.Organization} / {changed.Segment.Name}: exposure was already {now}; nothing changed.").ConfigureAwait(false);
            return 0;
        });
        return set;
    }

    private static async Task<SegmentListItem> FindAsync(SegmentQueries queries, string name, string? organization, CancellationToken cancellationToken)
    {
        var matches = await queries.FindByNameAsync(name, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(organization))
        {
            var wanted = organization.Trim();
            matches = matches.Where(s => string.Equals(s.Organization, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0)
            {
                throw new CliException($"no network segment named '{name}' in organization '{wanted}'");
            }
        }

        return matches.Count switch
        {
            0 => throw new CliException($"no network segment named '{name}' (see `medpatch segments`)"),
            1 => matches[0],
            _ => throw new CliException(
                $"several organizations have a network segment named '{name}' ({string.Join(", ", matches.Select(s => s.Organization).Distinct(StringComparer.Ordinal))}): add --organization ORG"),
        };
    }
}
