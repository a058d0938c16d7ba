using System.Text.Json;
using MedPatch.Core.Exposures;
using MedPatch.Features.Triage;
using MedPatch.Tests.Exposures;
using MedPatch.Tests.Intelligence;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Triage;

/// <summary><c>medpatch triage</c> and its decisions over what <c>medpatch match</c> stored for ICSMA-20-317-01, on both databases.</summary>
public sealed class TriageCommandTests
{
    private static readonly string[] Fields =
    [
        "id", "asset_tag", "facility", "manufacturer", "model", "software_version", "cve", "advisory", "confidence", "rule", "reason",
        "decision", "priority", "state", "status",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_queue_holds_the_open_low_confidence_matches_and_takes_the_filters(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);

        var queue = await QueueAsync(database);
        Assert.Equal(TriageSeed.Queued.Order(StringComparer.Ordinal), queue.Select(AssetTag));
        Assert.All(queue, item =>
        {
            Assert.All(Fields, f => Assert.True(item.TryGetProperty(f, out _), $"missing {f}"));
            Assert.Equal("low", item.GetProperty("confidence").GetString());
            Assert.Equal("possible", item.GetProperty("state").GetString());
            Assert.Equal("open", item.GetProperty("status").GetString());
            Assert.Equal(seed.Exposures[AssetTag(item)!], item.GetProperty("id").GetGuid());
        });
        Assert.DoesNotContain(AlarisInventory.InRange, queue.Select(AssetTag));

        Assert.Equal([TriageSeed.ClinicPump], (await QueueAsync(database, "--facility", TriageSeed.Clinic.ToUpperInvariant())).Select(AssetTag));
        Assert.Equal([TriageSeed.ClinicPump], (await QueueAsync(database, "--facility", seed.ClinicId.ToString())).Select(AssetTag));
        Assert.Equal(3, (await QueueAsync(database, "--manufacturer", "BD")).Count);
        Assert.Equal(3, (await QueueAsync(database, "--manufacturer", "Becton, Dickinson and Company")).Count);
        Assert.Empty(await QueueAsync(database, "--manufacturer", "Philips"));
        Assert.Equal(3, (await QueueAsync(database, "--cve", TriageSeed.Cve.ToLowerInvariant())).Count);
        Assert.Empty(await QueueAsync(database, "--cve", "CVE-1999-0001"));
        Assert.Equal(3, (await QueueAsync(database, "--confidence", "low")).Count);
        Assert.Empty(await QueueAsync(database, "--confidence", "medium"));
        Assert.Single(await QueueAsync(database, "--limit", "1"));

        var high = await CliRunner.RunAsync("triage", "--confidence", "high", "--db", database.DbArgument);
        Assert.Equal(2, high.ExitCode);
        Assert.Contains("low or medium", high.Error, StringComparison.Ordinal);

        var table = await CliRunner.RunAsync("triage", "--db", database.DbArgument);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("3 exposure(s) wait for triage", table.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Decisions_by_id_or_by_device_and_cve_leave_the_queue_and_are_audited_one_record_each(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        var unknown = seed.Exposures[AlarisInventory.Unknown];

        var (exit, confirmed, error) = await ImportCli.RunJsonAsync(database, "triage", "confirm", unknown.ToString(), "--reason", "  Biomed checked: the pump runs 9.19.  ");
        Assert.True(exit == 0, error);
        var item = Assert.Single(confirmed.EnumerateArray());
        Assert.Equal(unknown, item.GetProperty("id").GetGuid());
        Assert.Equal("confirmed", item.GetProperty("status").GetString());
        Assert.Equal("Biomed checked: the pump runs 9.19.", item.GetProperty("triage_reason").GetString());
        Assert.Equal(TriageActor.Cli(), item.GetProperty("triaged_by").GetString());

        var text = await CliRunner.RunAsync(
            "triage", "false-positive", "--device", TriageSeed.ClinicPump, "--cve", TriageSeed.Cve.ToLowerInvariant(), "--reason", "Not an Alaris: mislabelled asset", "--db", database.DbArgument);
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains($"{TriageSeed.ClinicPump} {TriageSeed.Cve}: false_positive", text.Output, StringComparison.Ordinal);

        Assert.Equal([TriageSeed.SparePump], (await QueueAsync(database)).Select(AssetTag));
        await using (var db = database.NewContext())
        {
            var rows = await db.Exposures.AsNoTracking().ToDictionaryAsync(e => e.Id, Ct);
            Assert.Equal(ExposureStatus.Confirmed, rows[unknown].Status);
            Assert.NotNull(rows[unknown].TriagedAt);
            Assert.Equal(ExposureStatus.FalsePositive, rows[seed.Exposures[TriageSeed.ClinicPump]].Status);
            Assert.Equal("Not an Alaris: mislabelled asset", rows[seed.Exposures[TriageSeed.ClinicPump]].TriageReason);
            Assert.Equal(ExposureStatus.Open, rows[seed.Exposures[TriageSeed.SparePump]].Status);

            var audit = await db.AuditRecords.AsNoTracking().Where(a => a.Action == TriageExposures.AuditAction).OrderBy(a => a.Sequence).ToListAsync(Ct);
            Assert.Equal(2, audit.Count);
            Assert.All(audit, a => Assert.Equal("exposure", a.EntityType));
            Assert.All(audit, a => Assert.Equal(seed.OrganizationId, a.OrganizationId));
            Assert.Equal(unknown.ToString("D"), audit[0].EntityId);
            Assert.Equal("""{"status":"open","triage_reason":null}""", audit[0].Before);
            Assert.Equal("""{"status":"confirmed","triage_reason":"Biomed checked: the pump runs 9.19."}""", audit[0].After);
            Assert.Equal("Biomed checked: the pump runs 9.19.", audit[0].Reason);
            Assert.Contains("false_positive", audit[1].After, StringComparison.Ordinal);
        }

        var verify = await CliRunner.RunAsync("audit", "verify", "--db", database.DbArgument);
        Assert.True(verify.ExitCode == 0, verify.Error);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_missing_reason_or_an_unknown_id_is_one_line_exit_1_and_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        var known = seed.Exposures[AlarisInventory.Unknown].ToString();

        var noReason = await CliRunner.RunAsync("triage", "confirm", known, "--db", database.DbArgument);
        var blankReason = await CliRunner.RunAsync("triage", "not-applicable", known, "--reason", "   ", "--db", database.DbArgument);
        var longReason = await CliRunner.RunAsync("triage", "confirm", known, "--reason", new string('x', 2001), "--db", database.DbArgument);
        var unknown = await CliRunner.RunAsync("triage", "confirm", known, Guid.NewGuid().ToString(), "--reason", "checked", "--db", database.DbArgument);
        var notAnId = await CliRunner.RunAsync("triage", "confirm", "ALR-003", "--reason", "checked", "--db", database.DbArgument);
        var noDevice = await CliRunner.RunAsync("triage", "confirm", "--device", "ALR-999", "--cve", TriageSeed.Cve, "--reason", "checked", "--db", database.DbArgument);
        var nothing = await CliRunner.RunAsync("triage", "confirm", "--reason", "checked", "--db", database.DbArgument);

        foreach (var (result, words) in new[]
        {
            (noReason, "--reason is required"), (blankReason, "--reason is required"), (longReason, "2000"), (unknown, "no exposure has the id"),
            (notAnId, "not an exposure id"), (noDevice, "ALR-999"), (nothing, "name the exposures"),
        })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
            Assert.Contains(words, result.Error, StringComparison.Ordinal);
            Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        await using var db = database.NewContext();
        Assert.All(await db.Exposures.AsNoTracking().ToListAsync(Ct), e => Assert.Equal(ExposureStatus.Open, e.Status));
        Assert.Equal(0, await db.AuditRecords.CountAsync(a => a.Action == TriageExposures.AuditAction, Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_decision_survives_matching_again_and_reopen_puts_the_match_back_in_the_queue(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        var id = seed.Exposures[AlarisInventory.Unknown];
        await DecideAsync(database, "false-positive", id, "Pump decommissioned, awaiting pickup");
        Exposure before;
        await using (var db = database.NewContext())
        {
            before = await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
        }

        await TriageSeed.MatchAsync(database);

        await using (var db = database.NewContext())
        {
            var after = await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
            Assert.Equal(ExposureStatus.FalsePositive, after.Status);
            Assert.Equal("Pump decommissioned, awaiting pickup", after.TriageReason);
            Assert.Equal(before.TriagedBy, after.TriagedBy);
            Assert.Equal(before.TriagedAt, after.TriagedAt);
            Assert.Equal(before.StatementId, after.StatementId);
        }

        Assert.DoesNotContain(AlarisInventory.Unknown, (await QueueAsync(database)).Select(AssetTag));

        var reopened = Assert.Single(await DecideAsync(database, "reopen", id, "Pickup cancelled: the pump stays in service"));
        Assert.Equal("open", reopened.GetProperty("status").GetString());
        Assert.Equal("Pickup cancelled: the pump stays in service", reopened.GetProperty("triage_reason").GetString());
        Assert.Contains(AlarisInventory.Unknown, (await QueueAsync(database)).Select(AssetTag));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_different_statement_deciding_the_match_resets_the_decision(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        var id = seed.Exposures[AlarisInventory.Unknown];
        await DecideAsync(database, "not-applicable", id, "Network module removed");
        await using (var db = database.NewContext())
        {
            // As if the row had come from another advisory's statement: the one matching now is a different one.
            var row = await db.Exposures.SingleAsync(e => e.Id == id, Ct);
            row.StatementId = "ICSMA-00-000-00/" + TriageSeed.Cve + "/older statement";
            await db.SaveChangesAsync(Ct);
        }

        await TriageSeed.MatchAsync(database);

        await using (var db = database.NewContext())
        {
            var row = await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
            Assert.Equal(ExposureStatus.Open, row.Status);
            Assert.Null(row.TriageReason);
            Assert.Null(row.TriagedBy);
            Assert.Null(row.TriagedAt);
        }

        Assert.Contains(AlarisInventory.Unknown, (await QueueAsync(database)).Select(AssetTag));
    }

    private static async Task<List<JsonElement>> DecideAsync(TestDatabase database, string verb, Guid id, string reason)
    {
        var (exit, json, error) = await ImportCli.RunJsonAsync(database, "triage", verb, id.ToString(), "--reason", reason);
        Assert.True(exit == 0, error);
        return [.. json.EnumerateArray()];
    }

    private static async Task<List<JsonElement>> QueueAsync(TestDatabase database, params string[] args)
    {
        var (exit, json, error) = await ImportCli.RunJsonAsync(database, ["triage", .. args]);
        Assert.True(exit == 0, error);
        return [.. json.EnumerateArray()];
    }

    private static string? AssetTag(JsonElement item) => item.GetProperty("asset_tag").GetString();
}
