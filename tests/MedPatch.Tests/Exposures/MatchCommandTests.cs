using System.Text.Json;
using MedPatch.Core.Exposures;
using MedPatch.Tests.Intelligence;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Exposures;

public sealed class MatchCommandTests
{
    private const string Cve = "CVE-2020-25165";

    private static readonly string[] Fields =
    [
        "asset_tag", "facility", "manufacturer", "model", "software_version", "cve", "advisory", "confidence", "rule", "reason",
        "decision", "priority", "state",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_real_advisory_matches_the_device_in_range_and_only_suspects_the_unknown_version(DatabaseKind kind)
    {
        await using var database = await ArrangeAsync(kind);

        var run = await MatchAsync(database);
        Assert.Equal(3, run.Int("devices"));
        Assert.Equal(2, run.Int("exposures"));
        Assert.Equal(1, run.GetProperty("by_state").Int("affected"));
        Assert.Equal(1, run.GetProperty("by_state").Int("possible"));

        var all = await ListAsync(database);
        Assert.Equal(2, all.Count);
        foreach (var item in all)
        {
            Assert.All(Fields, f => Assert.True(item.TryGetProperty(f, out _), $"missing {f}"));
        }

        var affected = Assert.Single(await ListAsync(database, "--device", AlarisInventory.InRange));
        Assert.Equal("affected", affected.GetProperty("state").GetString());
        Assert.Equal("high", affected.GetProperty("confidence").GetString());
        Assert.Equal("model_version_range", affected.GetProperty("rule").GetString());
        Assert.Equal(Cve, affected.GetProperty("cve").GetString());
        Assert.Equal("ICSMA-20-317-01", affected.GetProperty("advisory").GetString());
        Assert.Equal("Lakeside General", affected.GetProperty("facility").GetString());
        Assert.Equal("Becton, Dickinson and Company", affected.GetProperty("manufacturer").GetString());
        Assert.Equal("9.19", affected.GetProperty("software_version").GetString());
        Assert.NotEqual("unranked", affected.GetProperty("decision").GetString());
        Assert.True(affected.GetProperty("priority").GetDouble() > 0);

        // Out of range: no exposure at all; unknown version: possible, low.
        Assert.Empty(await ListAsync(database, "--device", AlarisInventory.OutOfRange));
        var unknown = Assert.Single(await ListAsync(database, "--confidence", "low"));
        Assert.Equal(AlarisInventory.Unknown, unknown.GetProperty("asset_tag").GetString());
        Assert.Equal("possible", unknown.GetProperty("state").GetString());

        Assert.Equal(2, (await ListAsync(database, "--cve", Cve.ToLowerInvariant())).Count);
        Assert.Empty(await ListAsync(database, "--cve", "CVE-1999-0001"));
        Assert.Equal(2, (await ListAsync(database, "--unmitigated")).Count);
        Assert.Single(await ListAsync(database, "--limit", "1"));
        var decision = affected.GetProperty("decision").GetString()!;
        Assert.All(await ListAsync(database, "--decision", decision), e => Assert.Equal(decision, e.GetProperty("decision").GetString()));
        Assert.True(InUrgencyOrder(all));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Running_again_keeps_the_rows_and_their_triage_and_audits_once_per_run(DatabaseKind kind)
    {
        await using var database = await ArrangeAsync(kind);
        await MatchAsync(database);
        Guid id;
        DateTime firstSeen;
        await using (var db = database.NewContext())
        {
            var row = await db.Exposures.SingleAsync(e => e.State == Core.Matching.ExposureState.Affected, Ct);
            Assert.Equal(ExposureStatus.Open, row.Status);
            row.Status = ExposureStatus.Confirmed;
            await db.SaveChangesAsync(Ct);
            (id, firstSeen) = (row.Id, row.FirstSeen);
        }

        var again = await MatchAsync(database);
        Assert.Equal(2, again.Int("exposures"));
        Assert.Equal(0, again.Int("created"));
        Assert.Equal(0, again.Int("removed"));

        await using (var db = database.NewContext())
        {
            Assert.Equal(2, await db.Exposures.CountAsync(Ct));
            var row = await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
            Assert.Equal(ExposureStatus.Confirmed, row.Status);
            Assert.Equal(firstSeen, row.FirstSeen);

            var audit = await db.AuditRecords.AsNoTracking().Select(a => new { a.Action, a.EntityType }).ToListAsync(Ct);
            // The import matched its vulnerabilities, then two full runs.
            Assert.Equal(3, audit.Count(a => a.Action == "match.completed"));
            Assert.DoesNotContain(audit, a => a.EntityType == "exposure");
        }

        Assert.Single(await ListAsync(database, "--unmitigated", "--confidence", "high"));
        var verify = await CliRunner.RunAsync("audit", "verify", "--db", database.DbArgument);
        Assert.Equal(0, verify.ExitCode);
    }

    private static async Task<TestDatabase> ArrangeAsync(DatabaseKind kind)
    {
        var advisory = SharedData.Require("csaf/cisa-icsma/icsma-20-317-01.json");
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await AlarisInventory.SeedAsync(db);
        }

        var import = await ImportCli.ImportAdvisoriesAsync(database, advisory);
        Assert.Equal(1, import.Int("imported"));

        // The import matched the advisory's vulnerabilities already; the full runs of the tests find them stored.
        var matching = import.GetProperty("matching");
        Assert.Equal("vulnerabilities", matching.GetProperty("scope").GetString());
        Assert.Equal(2, matching.Int("created"));
        return database;
    }

    private static async Task<JsonElement> MatchAsync(TestDatabase database)
    {
        var (exit, json, error) = await ImportCli.RunJsonAsync(database, "match", "--full");
        Assert.True(exit == 0, error);
        return json;
    }

    private static async Task<List<JsonElement>> ListAsync(TestDatabase database, params string[] args)
    {
        var (exit, json, error) = await ImportCli.RunJsonAsync(database, ["exposures", .. args]);
        Assert.True(exit == 0, error);
        return [.. json.EnumerateArray()];
    }

    /// <summary>More urgent decision first, then higher priority; unranked exposures last.</summary>
    private static bool InUrgencyOrder(List<JsonElement> items)
    {
        string[] urgency = ["unranked", "defer", "scheduled", "out_of_cycle", "immediate"];
        static double Priority(JsonElement e) => e.GetProperty("priority").ValueKind == JsonValueKind.Number ? e.GetProperty("priority").GetDouble() : -1;
        return items.Zip(items.Skip(1)).All(p =>
        {
            var (a, b) = (Array.IndexOf(urgency, p.First.GetProperty("decision").GetString()), Array.IndexOf(urgency, p.Second.GetProperty("decision").GetString()));
            return a > b || (a == b && Priority(p.First) >= Priority(p.Second));
        });
    }
}
