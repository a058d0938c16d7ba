using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;

namespace MedPatch.Features.Auditing;

/// <summary><c>medpatch audit verify | list | export</c>: check the hash chain, read and export the trail.</summary>
public static class AuditCommands
{
    public static Command Create(CliConsole console)
    {
        var audit = new Command("audit", "Verify, list and export the audit trail");
        audit.Subcommands.Add(Verify(console));
        audit.Subcommands.Add(List(console));
        audit.Subcommands.Add(Export(console));
        return audit;
    }

    private static Command Verify(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var verify = new Command("verify", "Check every record's hash and link; exit code 1 names the first broken link") { json };
        verify.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(null, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(result);
            }
            else if (result.Ok)
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"OK: {result.Verified} audit record(s), the chain is intact")).ConfigureAwait(false);
            }
            else
            {
                console.WriteError(string.Create(CultureInfo.InvariantCulture, $"the audit chain is broken at sequence {result.BrokenAt}: {result.Message} ({result.Verified} record(s) before it verified)"));
            }

            return result.Ok ? 0 : 1;
        });
        return verify;
    }

    private sealed record Filters(Option<string?> Entity, Option<string?> EntityId, Option<string?> Actor, Option<string?> Since, Option<string?> Until, Option<int?> Limit)
    {
        public static Filters Create() => new(
            new Option<string?>("--entity") { Description = "Only records of this entity type (device, device_model, device_import, …)" },
            new Option<string?>("--entity-id") { Description = "Only records of this entity id" },
            new Option<string?>("--actor") { Description = "Only records whose actor contains this text (an email, a token name, cli:login)" },
            new Option<string?>("--since") { Description = "From this date (YYYY-MM-DD, UTC) or ISO 8601 instant" },
            new Option<string?>("--until") { Description = "Up to this date (inclusive) or before this ISO 8601 instant" },
            new Option<int?>("--limit") { Description = "At most this many records, newest first" });

        public void AddTo(Command command)
        {
            command.Options.Add(Entity);
            command.Options.Add(EntityId);
            command.Options.Add(Actor);
            command.Options.Add(Since);
            command.Options.Add(Until);
            command.Options.Add(Limit);
        }

        public AuditFilter Read(ParseResult parseResult)
        {
            if (!AuditTime.TryParse(parseResult.GetValue(Since), false, out var since))
            {
                throw new CliException("--since: expected a date (YYYY-MM-DD) or an ISO 8601 instant", 2);
            }

            if (!AuditTime.TryParse(parseResult.GetValue(Until), true, out var until))
            {
                throw new CliException("--until: expected a date (YYYY-MM-DD) or an ISO 8601 instant", 2);
            }

            if (parseResult.GetValue(Limit) is < 1)
            {
                throw new CliException("--limit: must be at least 1", 2);
            }

            return new AuditFilter
            {
                EntityType = parseResult.GetValue(Entity),
                EntityId = parseResult.GetValue(EntityId),
                Actor = parseResult.GetValue(Actor),
                Since = since,
                Until = until,
            };
        }
    }

    private static Command List(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var filters = Filters.Create();
        var list = new Command("list", "List audit records, newest first") { json };
        filters.AddTo(list);
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            var filter = filters.Read(parseResult);
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<AuditQueries>();
            var records = new List<Core.Auditing.AuditRecord>();
            await foreach (var record in queries.StreamAsync(filter, parseResult.GetValue(filters.Limit) ?? 100, cancellationToken).ConfigureAwait(false))
            {
                records.Add(record);
            }

            if (parseResult.GetValue(json))
            {
                console.WriteJson(records.Select(AuditRecordResponse.From).ToList());
                return 0;
            }

            console.WriteTable(
                ["Seq", "At (UTC)", "Actor", "Action", "Entity", "Id", "Before", "After"],
                records.Select(r => new[]
                {
                    r.Sequence.ToString(CultureInfo.InvariantCulture), r.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    r.Actor, r.Action, r.EntityType, r.EntityId, Short(r.Before), Short(r.After),
                }));
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{records.Count} record(s)")).ConfigureAwait(false);
            return 0;
        });
        return list;
    }

    private static Command Export(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "File to write (overwritten)" };
        var format = new Option<string?>("--format") { Description = "csv or json (default: from the file extension, else csv)" };
        format.AcceptOnlyFromAmong("csv", "json");
        var filters = Filters.Create();
        var export = new Command("export", "Export audit records, newest first") { file, format };
        filters.AddTo(export);
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            var filter = filters.Read(parseResult);
            var path = parseResult.GetValue(file)!;
            var chosen = parseResult.GetValue(format)
                ?? (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv");
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var exporter = scope.ServiceProvider.GetRequiredService<AuditExport>();
            int count;
            var stream = File.Create(path);
            await using (stream.ConfigureAwait(false))
            {
                count = await exporter.WriteAsync(stream, chosen, filter, parseResult.GetValue(filters.Limit), cancellationToken).ConfigureAwait(false);
            }

            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}: {count} audit record(s) exported as {chosen}")).ConfigureAwait(false);
            return 0;
        });
        return export;
    }

    private static string? Short(string? json) => json is { Length: > 60 } ? json[..57] + "..." : json;
}
