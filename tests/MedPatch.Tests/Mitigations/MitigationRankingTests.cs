using MedPatch.Tests.Exposures;
using MedPatch.Tests.Intelligence;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Mitigations;

/// <summary>
/// A mitigation changes the stored ranking as soon as it is recorded: no `medpatch match` in between. The Alaris
/// pumps sit on no segment, so their System Exposure starts as the settings' "open".
/// </summary>
public sealed class MitigationRankingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_verified_isolating_mitigation_lowers_system_exposure_until_it_ends_and_an_unverified_one_does_nothing(DatabaseKind kind)
    {
        await using var database = await ArrangeAsync(kind);
        var before = await RankingAsync(database, AlarisInventory.InRange);
        Assert.Contains("Exposure=open", before.Rule, StringComparison.Ordinal);

        var unverified = await CliRunner.RunAsync(
            "mitigations", "add", "--kind", "disconnect", "--effect", "isolates", "--description", "To be unplugged", "--device", AlarisInventory.InRange,
            "--db", database.DbArgument);
        Assert.True(unverified.ExitCode == 0, unverified.Error);
        Assert.Equal(before, await RankingAsync(database, AlarisInventory.InRange));

        var verified = await CliRunner.RunAsync(
            "mitigations", "add", "--kind", "segmentation", "--effect", "isolates", "--description", "Pump VLAN without routes", "--device", AlarisInventory.InRange,
            "--cve", "CVE-2020-25165", "--verified-by", "Jane Roe", "--review-by", "2099-12-31", "--json", "--db", database.DbArgument);
        Assert.True(verified.ExitCode == 0, verified.Error);
        var isolated = await RankingAsync(database, AlarisInventory.InRange);
        var other = await RankingAsync(database, AlarisInventory.Unknown);

        Assert.Contains("Exposure=small", isolated.Rule, StringComparison.Ordinal);
        Assert.Contains("Exposure=open", other.Rule, StringComparison.Ordinal);

        var id = System.Text.Json.JsonDocument.Parse(verified.Output).RootElement.GetProperty("id").GetString()!;
        var end = await CliRunner.RunAsync("mitigations", "end", id, "--db", database.DbArgument);
        Assert.True(end.ExitCode == 0, end.Error);
        Assert.Equal(before, await RankingAsync(database, AlarisInventory.InRange));
    }

    internal static async Task<TestDatabase> ArrangeAsync(DatabaseKind kind)
    {
        var advisory = SharedData.Require("csaf/cisa-icsma/icsma-20-317-01.json");
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await AlarisInventory.SeedAsync(db);
        }

        Assert.Equal(1, (await ImportCli.ImportAdvisoriesAsync(database, advisory)).Int("imported"));
        var match = await CliRunner.RunAsync("match", "--full", "--db", database.DbArgument);
        Assert.True(match.ExitCode == 0, match.Error);
        return database;
    }

    /// <summary>The stored decision, priority and decision rule of the device's one exposure.</summary>
    internal static async Task<(string? Decision, double? Priority, string Rule)> RankingAsync(TestDatabase database, string assetTag)
    {
        await using var db = database.NewContext();
        var row = await (
                from e in db.Exposures.AsNoTracking()
                join d in db.Devices on e.DeviceId equals d.Id
                where d.AssetTag == assetTag
                select new { e.Decision, e.Priority, e.DecisionRule })
            .SingleAsync(Cancel);
        return (row.Decision?.ToString(), row.Priority, row.DecisionRule ?? string.Empty);
    }
}
