using System.Text.Json;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Intelligence;

public sealed class IntelligenceListCommandTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Vulnerabilities_and_advisories_list_as_JSON_with_their_filters(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var baxter = SharedData.Require("csaf/cisa-icsma/icsma-20-170-01.json");
        var philips = SharedData.Require("csaf/cisa-icsma/icsma-18-058-02.json");
        var result = await ImportCli.ImportAdvisoriesAsync(database, baxter, philips, SharedData.Require("cve/CVE-2020-12012.json"));
        Assert.Equal(3, result.Int("imported"));
        (await ImportCli.RunJsonAsync(database, "import", "kev", SharedData.Require("kev/known_exploited_vulnerabilities.json"))).Json.Int("created");

        await ApiCatalogData.AddPhilipsWithAliasAsync(database);

        var one = (await ImportCli.RunJsonAsync(database, "vulnerabilities", "--cve", "CVE-2020-12012")).Json;
        var item = Assert.Single(one.EnumerateArray());
        Assert.Equal("CVE-2020-12012", item.GetProperty("cve").GetString());
        Assert.Equal(2, item.GetProperty("advisory_count").GetInt32());
        Assert.Contains("Baxter", item.GetProperty("manufacturers").EnumerateArray().Select(m => m.GetString()));
        Assert.True(item.GetProperty("cvss_base_score").GetDecimal() > 0);

        var kev = (await ImportCli.RunJsonAsync(database, "vulnerabilities", "--kev", "--limit", "5")).Json.EnumerateArray().ToList();
        Assert.Equal(5, kev.Count);
        Assert.All(kev, v => Assert.True(v.GetProperty("kev").GetBoolean()));

        var philipsCves = (await ImportCli.RunJsonAsync(database, "vulnerabilities", "--manufacturer", "Philips")).Json.EnumerateArray().ToList();
        Assert.NotEmpty(philipsCves);
        Assert.Contains(philipsCves, v => v.GetProperty("cve").GetString() == "CVE-2017-0143");
        Assert.All(philipsCves, v => Assert.Contains("Philips", v.GetProperty("manufacturers").EnumerateArray().Select(m => m.GetString())));

        // Both CISA advisories name the SMBv1 flaw; the CVE record of another CVE does not.
        var advisories = (await ImportCli.RunJsonAsync(database, "advisories", "--cve", "CVE-2017-0143")).Json.EnumerateArray().ToList();
        Assert.Equal(["ICSMA-18-058-02", "ICSMA-20-170-01"], advisories.Select(a => a.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.All(advisories, a => Assert.Equal(1, a.GetProperty("revisions").GetInt32()));
        Assert.All(advisories, a => Assert.Contains("CVE-2017-0143", a.GetProperty("cves").EnumerateArray().Select(c => c.GetString())));
        Assert.All(advisories, a => Assert.Equal(a.GetProperty("cves").GetArrayLength(), a.GetProperty("cve_count").GetInt32()));

        var all = (await ImportCli.RunJsonAsync(database, "advisories")).Json.EnumerateArray().ToList();
        Assert.Equal(3, all.Count);
        var table = await CliRunner.RunAsync("advisories", "--db", database.DbArgument);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("ICSMA-20-170-01", table.Output, StringComparison.Ordinal);
    }
}
