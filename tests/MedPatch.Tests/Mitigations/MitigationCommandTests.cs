using System.Text.Json;
using MedPatch.Core.Mitigations;
using MedPatch.Core.Risk;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Mitigations;

public sealed class MitigationCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Add_list_filter_and_end_a_verified_mitigation_each_change_audited(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);

        var add = await JsonAsync(
            database, "mitigations", "add", "--kind", "firewall_rule", "--effect", "restricts", "--description", "ACL on core switch: only the PACS may reach port 104",
            "--device", "A00001", "A00002", "--cve", "cve-2020-25165", "--review-by", "2099-06-30", "--verified-by", "Jane Roe");
        var id = add.GetProperty("id").GetGuid();
        var all = await ListAsync(database);
        var onDevice = await ListAsync(database, "--device", "A00002");
        var otherDevice = await ListAsync(database, "--device", "A00005");
        var forCve = await ListAsync(database, "--cve", "CVE-2020-25165");
        var otherCve = await ListAsync(database, "--cve", "CVE-2019-0001");
        var table = await CliRunner.RunAsync("mitigations", "--db", database.DbArgument);
        var end = await CliRunner.RunAsync("mitigations", "end", id.ToString(), "--db", database.DbArgument);
        var endAgain = await CliRunner.RunAsync("mitigations", "end", id.ToString(), "--db", database.DbArgument);
        var active = await ListAsync(database, "--active");

        Assert.Equal("firewall_rule", add.GetProperty("kind").GetString());
        Assert.Equal("restricts", add.GetProperty("effect").GetString());
        Assert.Equal("CVE-2020-25165", add.GetProperty("cve").GetString());
        Assert.Equal(["A00001", "A00002"], add.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("asset_tag").GetString()));
        Assert.Equal("Riverside General Hospital", add.GetProperty("devices")[0].GetProperty("facility").GetString());
        Assert.Equal("Jane Roe", add.GetProperty("verified_by").GetString());
        Assert.Equal(JsonValueKind.String, add.GetProperty("verified_at").ValueKind);
        Assert.Equal("2099-06-30", add.GetProperty("review_by").GetString());
        Assert.True(add.GetProperty("counts").GetBoolean());
        Assert.False(add.GetProperty("overdue").GetBoolean());
        Assert.StartsWith("cli:", add.GetProperty("created_by").GetString(), StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(all).GetProperty("id").GetGuid());
        Assert.Single(onDevice);
        Assert.Empty(otherDevice);
        Assert.Single(forCve);
        Assert.Empty(otherCve);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("A00001, A00002", table.Output, StringComparison.Ordinal);
        Assert.Contains("1 mitigation(s)", table.Output, StringComparison.Ordinal);
        Assert.True(end.ExitCode == 0, end.Error);
        Assert.Contains("Ended.", end.Output, StringComparison.Ordinal);
        Assert.Contains("already ended", endAgain.Output, StringComparison.Ordinal);
        Assert.Empty(active);

        await using var check = database.NewContext();
        var stored = await check.Mitigations.AsNoTracking().Include(m => m.Devices).SingleAsync(Cancel);
        Assert.Equal(inventory.Organization.Id, stored.OrganizationId);
        Assert.Equal(MitigationKind.FirewallRule, stored.Kind);
        Assert.Equal(MitigationEffect.Restricts, stored.Effect);
        Assert.False(stored.Active);
        Assert.Equal(2, stored.Devices.Count);
        var audit = await check.AuditRecords.AsNoTracking().Where(a => a.EntityType == "mitigation").OrderBy(a => a.Sequence).ToListAsync(Cancel);
        Assert.Equal(["created", "updated"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(id.ToString(), a.EntityId));
        Assert.Contains("true", audit[1].Before, StringComparison.Ordinal);
        Assert.Equal(2, await check.AuditRecords.AsNoTracking().CountAsync(a => a.EntityType == "mitigation_device", Cancel));
        Assert.Equal(0, (await CliRunner.RunAsync("audit", "verify", "--db", database.DbArgument)).ExitCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unverified_mitigation_does_not_count_until_verify_names_who_checked_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedAsync(database);

        var add = await JsonAsync(database, "mitigations", "add", "--kind", "disconnect", "--effect", "isolates", "--description", "Unplugged from the network", "--device", "A00003");
        var id = add.GetProperty("id").GetString()!;
        var missingBy = await CliRunner.RunAsync("mitigations", "verify", id, "--db", database.DbArgument);
        var verified = await JsonAsync(database, "mitigations", "verify", id, "--by", "Sam Biomed", "--review-by", "2099-01-31");
        var unknown = await CliRunner.RunAsync("mitigations", "verify", Guid.NewGuid().ToString(), "--by", "Sam", "--db", database.DbArgument);

        Assert.False(add.GetProperty("counts").GetBoolean());
        Assert.Equal(JsonValueKind.Null, add.GetProperty("verified_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, add.GetProperty("cve").ValueKind);
        Assert.Equal(2, missingBy.ExitCode);
        Assert.Contains("--by", missingBy.Error, StringComparison.Ordinal);
        Assert.True(verified.GetProperty("counts").GetBoolean());
        Assert.Equal("Sam Biomed", verified.GetProperty("verified_by").GetString());
        Assert.Equal("2099-01-31", verified.GetProperty("review_by").GetString());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no mitigation has that id", unknown.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_input_is_one_error_naming_the_option_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedAsync(database);
        string[] good = ["--kind", "monitoring", "--effect", "none", "--description", "IDS watches the VLAN", "--device", "A00001"];

        (string[] Args, string Named)[] cases =
        [
            (["--kind", "prayer", "--effect", "none", "--description", "x", "--device", "A00001"], "--kind: must be one of segmentation, firewall_rule"),
            (["--kind", "monitoring", "--effect", "total", "--description", "x", "--device", "A00001"], "--effect: must be one of none, restricts, isolates"),
            (["--kind", "monitoring", "--effect", "none", "--device", "A00001"], "--description: is required"),
            ([.. good[..6], "--device", "NOPE-1"], "--device: no device with asset tag 'NOPE-1'"),
            (good[..6], "--device: name at least one device"),
            ([.. good, "--cve", "CVE-20-1"], "--cve: must be a CVE id"),
            ([.. good, "--review-by", "2001-01-01"], "--review-by: must be today"),
            ([.. good, "--review-by", "next week"], "--review-by: must be a date as YYYY-MM-DD"),
        ];
        foreach (var (args, named) in cases)
        {
            var result = await CliRunner.RunAsync(["mitigations", "add", .. args, "--db", database.DbArgument]);
            Assert.True(result.ExitCode == 2, $"{string.Join(" ", args)}: exit {result.ExitCode} {result.Error}");
            Assert.StartsWith("error: the mitigation was not recorded: ", result.Error, StringComparison.Ordinal);
            Assert.Contains(named, result.Error, StringComparison.Ordinal);
        }

        await using var check = database.NewContext();
        Assert.Empty(await check.Mitigations.AsNoTracking().ToListAsync(Cancel));
    }

    private static async Task<TestInventory> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await TestInventory.SeedAsync(db);
    }

    private static async Task<JsonElement> JsonAsync(TestDatabase database, params string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "--json", "--db", database.DbArgument]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    private static async Task<List<JsonElement>> ListAsync(TestDatabase database, params string[] args) =>
        [.. (await JsonAsync(database, ["mitigations", .. args])).EnumerateArray()];
}
