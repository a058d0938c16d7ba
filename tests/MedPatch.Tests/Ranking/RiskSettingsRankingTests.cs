using MedPatch.Tests.Exposures;
using MedPatch.Tests.Mitigations;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Ranking;

/// <summary>New risk settings re-rank the stored exposures as soon as they are saved: no `medpatch match` in between.</summary>
public sealed class RiskSettingsRankingTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Changed_weights_and_unknowns_change_the_stored_priority_and_decision_rule(DatabaseKind kind)
    {
        await using var database = await MitigationRankingTests.ArrangeAsync(kind);
        var before = await MitigationRankingTests.RankingAsync(database, AlarisInventory.InRange);
        Assert.Contains("Exposure=open", before.Rule, StringComparison.Ordinal);
        Assert.NotNull(before.Priority);
        Assert.True(before.Priority < 100);

        // Only "patient-connected" counts now, and every Alaris pump is on a patient: the priority becomes 100.
        var set = await CliRunner.RunAsync(
            "risk-settings", "set", "--weight", "cvss_base=0", "epss_percentile=0", "kev=0", "clinical_criticality=0", "stores_phi=0", "exposed_devices=0",
            "patient_connected=1", "--unset-segment-counts-as", "small", "--db", database.DbArgument);
        Assert.True(set.ExitCode == 0, set.Error);
        var after = await MitigationRankingTests.RankingAsync(database, AlarisInventory.InRange);

        Assert.Equal(100, after.Priority);
        Assert.Contains("Exposure=small", after.Rule, StringComparison.Ordinal);

        var reset = await CliRunner.RunAsync("risk-settings", "reset", "--db", database.DbArgument);
        Assert.True(reset.ExitCode == 0, reset.Error);
        Assert.Equal(before, await MitigationRankingTests.RankingAsync(database, AlarisInventory.InRange));
    }
}
