using System.Text.Json;
using System.Text.Json.Nodes;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Intelligence;

public sealed class ImportKevTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Catalog_releases_set_KEV_facts_create_stubs_and_clear_dropped_entries(DatabaseKind kind)
    {
        var oldFile = SharedData.Require("kev/history/known_exploited_vulnerabilities-2025.01.24.json");
        var currentFile = SharedData.Require("kev/known_exploited_vulnerabilities.json");
        var old = Entries(oldFile);
        var current = Entries(currentFile);
        await using var database = await TestDatabase.CreateAsync(kind);

        var first = (await ImportCli.RunJsonAsync(database, "import", "kev", oldFile)).Json;
        Assert.Equal("2025.01.24", first.GetProperty("catalog_version").GetString());
        Assert.Equal(old.Count, first.Int("entries"));
        Assert.Equal(old.Count, first.Int("created"));
        Assert.Equal(old.Count, await InKevAsync(database));

        // Entries whose facts CISA changed between the releases are updated (a CWE named for the first time too), new ones created.
        var changed = current.Count(c => old.TryGetValue(c.Key, out var o) && (o.Facts != c.Value.Facts || (!o.HasCwe && c.Value.HasCwe)));
        var second = (await ImportCli.RunJsonAsync(database, "import", "kev", currentFile)).Json;
        Assert.Equal(current.Keys.Except(old.Keys).Count(), second.Int("created"));
        Assert.Equal(changed, second.Int("updated"));
        Assert.Equal(current.Count - second.Int("created") - changed, second.Int("unchanged"));
        Assert.Equal(old.Keys.Except(current.Keys).Count(), second.Int("cleared"));
        Assert.Equal(current.Count, await InKevAsync(database));

        var again = (await ImportCli.RunJsonAsync(database, "import", "kev", currentFile)).Json;
        Assert.Equal(current.Count, again.Int("unchanged"));
        Assert.Equal(0, again.Int("created") + again.Int("updated") + again.Int("cleared"));

        // A newer release without three entries clears their flag, and keeps their other facts.
        var trimmed = JsonNode.Parse(await File.ReadAllBytesAsync(currentFile, Ct))!;
        var list = trimmed["vulnerabilities"]!.AsArray();
        var dropped = Enumerable.Range(0, 3).Select(_ =>
        {
            var id = list[0]!["cveID"]!.GetValue<string>();
            list.RemoveAt(0);
            return id;
        }).ToList();
        trimmed["count"] = list.Count;
        trimmed["catalogVersion"] = "2030.01.01";
        trimmed["dateReleased"] = "2030-01-01T00:00:00.000Z";
        using var folder = new ImportCli.TempFolder();
        var newer = (await ImportCli.RunJsonAsync(database, "import", "kev", folder.File("kev.json", JsonSerializer.SerializeToUtf8Bytes(trimmed)))).Json;
        Assert.Equal(3, newer.Int("cleared"));
        Assert.Equal(current.Count - 3, await InKevAsync(database));

        // An older release than the newest imported changes nothing.
        var older = (await ImportCli.RunJsonAsync(database, "import", "kev", oldFile)).Json;
        Assert.True(older.GetProperty("older").GetBoolean());
        Assert.Equal(current.Count - 3, await InKevAsync(database));

        await using var db = database.NewContext();
        var cleared = await db.Vulnerabilities.AsNoTracking().Where(v => dropped.Contains(v.CveId)).ToListAsync(Ct);
        Assert.Equal(3, cleared.Count);
        Assert.All(cleared, v => Assert.False(v.InKev));
        Assert.All(cleared, v => Assert.NotNull(v.KevDateAdded));
        Assert.Equal(3, await db.KevCatalogReleases.CountAsync(Ct));
        Assert.Equal(4, await db.AuditRecords.CountAsync(a => a.Action == "kev.imported", Ct));
        Assert.Equal(0, await db.AuditRecords.CountAsync(a => a.EntityType == "vulnerability", Ct));
    }

    private static async Task<int> InKevAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Vulnerabilities.CountAsync(v => v.InKev, Ct);
    }

    /// <summary>Each CVE's KEV facts as the catalog states them.</summary>
    private static Dictionary<string, ((string Added, string Due, string Ransomware, string Action) Facts, bool HasCwe)> Entries(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        return document.RootElement.GetProperty("vulnerabilities").EnumerateArray()
            .GroupBy(v => v.GetProperty("cveID").GetString()!)
            .ToDictionary(g => g.Key, g =>
            {
                var v = g.First();
                var facts = (v.GetProperty("dateAdded").GetString()!, v.GetProperty("dueDate").GetString()!,
                    v.GetProperty("knownRansomwareCampaignUse").GetString()!, v.GetProperty("requiredAction").GetString()!);
                return (facts, v.TryGetProperty("cwes", out var cwes) && cwes.ValueKind == JsonValueKind.Array && cwes.GetArrayLength() > 0);
            });
    }
}
