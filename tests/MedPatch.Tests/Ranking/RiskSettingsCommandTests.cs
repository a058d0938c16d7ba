using System.Text.Json;
using MedPatch.Core.Organizations;
using MedPatch.Features.Ranking;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Ranking;

public sealed class RiskSettingsCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Show_marks_defaults_set_stores_and_audits_and_reset_returns_to_the_defaults(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        var before = await JsonAsync(database, "risk-settings");
        var set = await CliRunner.RunAsync(
            "risk-settings", "set", "--weight", "kev=30", "--weight", "cvss-base=40", "--epss-poc-threshold", "0.25",
            "--unset-segment-counts-as", "controlled", "--unknown-criticality-counts-as", "life_critical", "--db", database.DbArgument);
        var after = await JsonAsync(database, "risk-settings");
        var table = await CliRunner.RunAsync("risk-settings", "--db", database.DbArgument);

        Assert.False(before.GetProperty("saved").GetBoolean());
        Assert.All(before.GetProperty("fields").EnumerateArray(), f => Assert.True(f.GetProperty("is_default").GetBoolean()));
        Assert.Equal(15, before.GetProperty("settings").GetProperty("weights").GetProperty("kev").GetDouble());
        Assert.True(set.ExitCode == 0, set.Error);
        Assert.Contains("Saved", set.Output, StringComparison.Ordinal);
        Assert.True(after.GetProperty("saved").GetBoolean());
        var settings = after.GetProperty("settings");
        Assert.Equal(30, settings.GetProperty("weights").GetProperty("kev").GetDouble());
        Assert.Equal(40, settings.GetProperty("weights").GetProperty("cvss_base").GetDouble());
        Assert.Equal(0.25, settings.GetProperty("epss_poc_threshold").GetDouble());
        Assert.Equal("controlled", settings.GetProperty("unset_segment_counts_as").GetString());
        Assert.Equal("life_critical", settings.GetProperty("unknown_criticality_counts_as").GetString());
        var changed = after.GetProperty("fields").EnumerateArray().Where(f => !f.GetProperty("is_default").GetBoolean()).Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Equal(["weights.cvss_base", "weights.kev", "epss_poc_threshold", "unset_segment_counts_as", "unknown_criticality_counts_as"], changed);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Riverside Health: risk settings (saved by cli:", table.Output, StringComparison.Ordinal);
        Assert.Matches(@"weights\.kev\s*│?\s*30\s*│?\s*15\s*│?\s*changed", table.Output);

        await using (var check = database.NewContext())
        {
            var row = await check.RiskSettings.AsNoTracking().SingleAsync(Cancel);
            Assert.Equal(inventory.Organization.Id, row.OrganizationId);
            Assert.Equal(30, RiskSettingsJson.ReadOrDefault(row.SettingsJson).Weights.Kev);
            Assert.Equal(SegmentExposure.Controlled, RiskSettingsJson.ReadOrDefault(row.SettingsJson).UnsetSegmentCountsAs);
            var audit = await check.AuditRecords.AsNoTracking().SingleAsync(a => a.EntityType == "organization_risk_settings", Cancel);
            Assert.Equal("created", audit.Action);
            Assert.Equal(inventory.Organization.Id, audit.OrganizationId);
            Assert.StartsWith("cli:", audit.Actor, StringComparison.Ordinal);
            Assert.Contains("epss_poc_threshold", audit.After, StringComparison.Ordinal);
        }

        var reset = await CliRunner.RunAsync("risk-settings", "reset", "--organization", "riverside health", "--db", database.DbArgument);
        var again = await CliRunner.RunAsync("risk-settings", "reset", "--db", database.DbArgument);

        Assert.True(reset.ExitCode == 0, reset.Error);
        Assert.Contains("Reset to the defaults", reset.Output, StringComparison.Ordinal);
        Assert.Contains("Already the defaults", again.Output, StringComparison.Ordinal);
        Assert.False((await JsonAsync(database, "risk-settings")).GetProperty("saved").GetBoolean());
        await using (var check = database.NewContext())
        {
            Assert.Empty(await check.RiskSettings.AsNoTracking().ToListAsync(Cancel));
            var actions = await check.AuditRecords.AsNoTracking().Where(a => a.EntityType == "organization_risk_settings").Select(a => a.Action).ToListAsync(Cancel);
            Assert.Equal(["created", "deleted"], actions.Order(StringComparer.Ordinal));
        }

        Assert.Equal(0, (await CliRunner.RunAsync("audit", "verify", "--db", database.DbArgument)).ExitCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invalid_value_is_one_error_naming_the_option_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        (string[] Args, string Named)[] cases =
        [
            (["--weight", "kev=-1"], "--weight kev:"),
            (["--weight", "kev=lots"], "--weight kev: 'lots' is not a number"),
            (["--epss-poc-threshold", "1.5"], "--epss-poc-threshold:"),
            (["--unset-segment-counts-as", "unset"], "--unset-segment-counts-as: 'unset' is not one of small, controlled, open"),
            (["--unknown-automatable-counts-as", "maybe"], "--unknown-automatable-counts-as:"),
            (["--unknown-criticality-counts-as", "extreme"], "--unknown-criticality-counts-as:"),
            (["--device-count-saturation", "0"], "--device-count-saturation:"),
            (["--weight", "cvss_base=0", "--weight", "epss_percentile=0", "--weight", "kev=0", "--weight", "clinical_criticality=0",
              "--weight", "patient_connected=0", "--weight", "stores_phi=0", "--weight", "exposed_devices=0"], "--weight: at least one weight must be above 0"),
            (["--weight", "speed=3"], "--weight: 'speed=3' is not criterion=value"),
            ([], "nothing to change"),
        ];
        foreach (var (args, named) in cases)
        {
            var result = await CliRunner.RunAsync(["risk-settings", "set", .. args, "--db", database.DbArgument]);
            Assert.True(result.ExitCode == 2, $"{string.Join(" ", args)}: exit {result.ExitCode} {result.Error}");
            Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
            Assert.Contains(named, result.Error, StringComparison.Ordinal);
            Assert.Single(result.Error.TrimEnd().Split('\n'));
        }

        await using var check = database.NewContext();
        Assert.Empty(await check.RiskSettings.AsNoTracking().ToListAsync(Cancel));
        Assert.Empty(await check.AuditRecords.AsNoTracking().Where(a => a.EntityType == "organization_risk_settings").ToListAsync(Cancel));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task With_several_organizations_the_organization_must_be_named_and_only_it_changes(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var other = new Organization { Name = "Hilltop Health" };
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
            db.Organizations.Add(other);
            await db.SaveChangesAsync(Cancel);
        }

        var ambiguous = await CliRunner.RunAsync("risk-settings", "set", "--weight", "kev=40", "--db", database.DbArgument);
        var unknown = await CliRunner.RunAsync("risk-settings", "--organization", "Nowhere Clinic", "--db", database.DbArgument);
        var chosen = await CliRunner.RunAsync("risk-settings", "set", "--weight", "kev=40", "--organization", other.Id.ToString(), "--db", database.DbArgument);
        var riverside = await JsonAsync(database, "risk-settings", "--organization", "Riverside Health");

        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Contains("add --organization ORG", ambiguous.Error, StringComparison.Ordinal);
        Assert.Contains("Hilltop Health, Riverside Health", ambiguous.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no organization 'Nowhere Clinic'", unknown.Error, StringComparison.Ordinal);
        Assert.True(chosen.ExitCode == 0, chosen.Error);
        Assert.Equal(15, riverside.GetProperty("settings").GetProperty("weights").GetProperty("kev").GetDouble());
        await using var check = database.NewContext();
        Assert.Equal(other.Id, (await check.RiskSettings.AsNoTracking().SingleAsync(Cancel)).OrganizationId);
    }

    private static async Task<JsonElement> JsonAsync(TestDatabase database, params string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "--json", "--db", database.DbArgument]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }
}
