using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedPatch.Tests.Api;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Intelligence;

/// <summary><c>/api/v1/advisories</c> over real ICSMA advisories and CVE records, on both databases.</summary>
public sealed class ApiAdvisoryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_list_filters_by_cve_manufacturer_product_and_text_newest_release_first(DatabaseKind kind)
    {
        await using var database = await ApiCatalogData.CreateSeededAsync(kind);
        await ApiCatalogData.AddPhilipsWithAliasAsync(database);

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var all = await server.Client.JsonAsync("/api/v1/advisories");
        var smb = await server.Client.JsonAsync("/api/v1/advisories?cve=cve-2017-0143");
        var philips = await server.Client.JsonAsync("/api/v1/advisories?manufacturer=Philips");
        var portal = await server.Client.JsonAsync("/api/v1/advisories?product=intellispace%20portal%208");
        var text = await server.Client.JsonAsync("/api/v1/advisories?q=exactamix");
        var oldest = await server.Client.JsonAsync("/api/v1/advisories?sort=release_date&page_size=1");
        var csaf = await server.Client.JsonAsync("/api/v1/advisories?source=csaf");
        var records = await server.Client.JsonAsync("/api/v1/advisories?source=CVE");

        // Two CSAF advisories and two CVE records.
        Assert.Equal(4, all.GetProperty("total").GetInt32());
        var dates = all.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("current_release_date").GetDateTime()).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(dates.Min(), Assert.Single(oldest.GetProperty("items").EnumerateArray()).GetProperty("current_release_date").GetDateTime());

        Assert.Equal([ApiCatalogData.PhilipsTrackingId, ApiCatalogData.BaxterTrackingId], TrackingIds(csaf).Order(StringComparer.Ordinal));
        Assert.Equal(["CVE-2018-5472", "CVE-2020-12012"], TrackingIds(records).Order(StringComparer.Ordinal));
        Assert.Equal([ApiCatalogData.PhilipsTrackingId, ApiCatalogData.BaxterTrackingId], TrackingIds(smb).Order(StringComparer.Ordinal));
        var baxter = smb.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("tracking_id").GetString() == ApiCatalogData.BaxterTrackingId);
        Assert.Equal("Baxter ExactaMix (Update A)", baxter.GetProperty("title").GetString());
        Assert.Equal("2", baxter.GetProperty("current_version").GetString());
        Assert.Equal(1, baxter.GetProperty("revision_count").GetInt32());
        Assert.Equal(7, baxter.GetProperty("cves").GetArrayLength());
        Assert.Equal(["Baxter"], baxter.GetProperty("vendors").EnumerateArray().Select(v => v.GetString()));

        // "Phillips" in the ICSMA advisory (through the alias) and "Philips" in the CVE record.
        Assert.Contains(ApiCatalogData.PhilipsTrackingId, TrackingIds(philips));
        Assert.Contains("CVE-2018-5472", TrackingIds(philips));
        Assert.DoesNotContain(ApiCatalogData.BaxterTrackingId, TrackingIds(philips));
        Assert.Equal([ApiCatalogData.PhilipsTrackingId], TrackingIds(portal));
        Assert.Equal([ApiCatalogData.BaxterTrackingId], TrackingIds(text));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_detail_by_tracking_id_shows_products_per_cve_remediations_revisions_and_the_original_document(DatabaseKind kind)
    {
        await using var database = await ApiCatalogData.CreateSeededAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var bytes = await File.ReadAllBytesAsync(ApiCatalogData.BaxterFile, Cancel);

        var detail = await server.Client.JsonAsync("/api/v1/advisories/icsma-20-170-01");
        var byId = await server.Client.JsonAsync("/api/v1/advisories/" + detail.GetProperty("id").GetString());
        var revisions = await server.Client.JsonAsync("/api/v1/advisories/ICSMA-20-170-01/revisions");
        using var document = await server.Client.GetAsync("/api/v1/advisories/icsma-20-170-01/revisions/2/document", Cancel);

        Assert.Equal(ApiCatalogData.BaxterTrackingId, detail.GetProperty("tracking_id").GetString());
        Assert.Equal(ApiCatalogData.BaxterTrackingId, byId.GetProperty("tracking_id").GetString());
        Assert.Equal("Baxter ExactaMix (Update A)", detail.GetProperty("title").GetString());
        Assert.Equal("csaf", detail.GetProperty("source_format").GetString());
        Assert.Equal("2", detail.GetProperty("current_version").GetString());
        Assert.Equal("2020-06-18", detail.GetProperty("initial_release_date").GetDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        // Each of the two products, with its status for each of the seven CVEs.
        var products = detail.GetProperty("affected_products").EnumerateArray().ToList();
        Assert.Equal(2, products.Count);
        Assert.All(products, p => Assert.Equal("Baxter", p.GetProperty("vendor").GetString()));
        Assert.Contains(products, p => p.GetProperty("product").GetString()!.Contains("ExactaMix EM2400", StringComparison.Ordinal));
        Assert.Contains(products, p => p.GetProperty("product").GetString()!.Contains("ExactaMix EM1200", StringComparison.Ordinal));
        Assert.All(products, p =>
        {
            var statuses = p.GetProperty("statuses").EnumerateArray().ToList();
            Assert.Equal(7, statuses.Select(s => s.GetProperty("cve").GetString()).Distinct().Count());
            Assert.All(statuses, s => Assert.Equal("affected", s.GetProperty("status").GetString()));
        });

        var remediations = detail.GetProperty("remediations").EnumerateArray().ToList();
        Assert.NotEmpty(remediations);
        Assert.All(remediations, r => Assert.Equal("vendor_fix", r.GetProperty("category").GetString()));
        // The advisory repeats its three remediations under each of its seven CVEs; each is listed once, with all seven.
        Assert.Equal(3, remediations.Count);
        Assert.All(remediations, r =>
        {
            Assert.Equal(7, r.GetProperty("cves").GetArrayLength());
            Assert.Contains(ApiCatalogData.KevCve, r.GetProperty("cves").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal(2, r.GetProperty("products").GetArrayLength());
        });

        var vulnerabilities = detail.GetProperty("vulnerabilities").EnumerateArray().ToList();
        Assert.Equal(7, vulnerabilities.Count);
        Assert.True(vulnerabilities.Single(v => v.GetProperty("cve").GetString() == ApiCatalogData.KevCve).GetProperty("kev").GetBoolean());

        // Version 2 was imported; version 1 is known only from the revision history, with its summary.
        var timeline = detail.GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal(["2", "1"], timeline.Select(r => r.GetProperty("version").GetString()));
        Assert.Equal("ICSMA-20-170-01 Baxter Exactamix (Update A)", timeline[0].GetProperty("summary").GetString());
        Assert.True(timeline[0].GetProperty("is_current").GetBoolean());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), timeline[0].GetProperty("sha256").GetString());
        Assert.Equal(JsonValueKind.Null, timeline[1].GetProperty("revision_id").ValueKind);
        Assert.Equal(timeline.Count, revisions.GetArrayLength());

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/json", document.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await document.Content.ReadAsByteArrayAsync(Cancel));
        Assert.NotEmpty(detail.GetProperty("references").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_newer_revision_keeps_the_old_document_and_lists_what_changed(DatabaseKind kind)
    {
        await using var database = await ApiCatalogData.CreateSeededAsync(kind);
        var folder = Directory.CreateTempSubdirectory("medpatch-advisory-");
        try
        {
            var revised = Path.Combine(folder.FullName, "icsma-18-058-02.json");
            await File.WriteAllTextAsync(revised, ReviseWithFix(await File.ReadAllTextAsync(ApiCatalogData.PhilipsFile, Cancel)), Cancel);
            var result = await ApiCatalogData.ImportAdvisoriesAsync(database, [revised]);
            Assert.True(result.Succeeded, string.Join('\n', result.Errors.Select(e => e.Message)));
            Assert.Equal(1, result.Updated);

            await using var server = await TestWebServer.StartAsync(database.Settings);
            var revisions = await server.Client.JsonAsync("/api/v1/advisories/ICSMA-18-058-02/revisions");
            var detail = await server.Client.JsonAsync("/api/v1/advisories/ICSMA-18-058-02");
            var first = await server.Client.GetByteArrayAsync("/api/v1/advisories/ICSMA-18-058-02/revisions/1/document", Cancel);

            var stored = revisions.EnumerateArray().ToList();
            Assert.Equal(["2", "1"], stored.Select(r => r.GetProperty("version").GetString()));
            Assert.All(stored, r => Assert.NotEqual(JsonValueKind.Null, r.GetProperty("revision_id").ValueKind));
            Assert.Equal("Fixed version for the 8.0.x portal", stored[0].GetProperty("summary").GetString());
            var changes = stored[0].GetProperty("changes").EnumerateArray().ToList();
            Assert.Contains(changes, c => c.GetProperty("cve").GetString() == "CVE-2018-5474" &&
                (c.GetProperty("after").GetString() ?? string.Empty).Contains("fixed", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(changes, c => c.GetProperty("kind").GetString()!.Contains("remediation", StringComparison.OrdinalIgnoreCase));
            Assert.Empty(stored[1].GetProperty("changes").EnumerateArray());

            Assert.Equal("2", detail.GetProperty("current_version").GetString());
            var portal8 = detail.GetProperty("affected_products").EnumerateArray()
                .Single(p => p.GetProperty("product").GetString()!.Contains("8.0.x", StringComparison.Ordinal));
            Assert.Equal("fixed", portal8.GetProperty("statuses").EnumerateArray().Single(s => s.GetProperty("cve").GetString() == "CVE-2018-5474").GetProperty("status").GetString());
            Assert.Contains(detail.GetProperty("remediations").EnumerateArray(), r => r.GetProperty("category").GetString() == "vendor_fix");
            Assert.Equal(await File.ReadAllBytesAsync(ApiCatalogData.PhilipsFile, Cancel), first);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Unknown_advisories_and_revisions_are_404_and_bad_parameters_400(DatabaseKind kind)
    {
        await using var database = await ApiCatalogData.CreateSeededAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/advisories/ICSMA-99-999-99", Cancel), 404);
        ApiTestSupport.AssertProblem(await server.Client.GetAsync($"/api/v1/advisories/{Guid.CreateVersion7()}", Cancel), 404);
        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/advisories/ICSMA-99-999-99/revisions", Cancel), 404);
        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/advisories/ICSMA-20-170-01/revisions/1/document", Cancel), 404);
        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/advisories/ICSMA-99-999-99/revisions/1/document", Cancel), 404);
        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/advisories?cve=ICSMA-20-170-01", Cancel), 400);
        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/advisories?page_size=0", Cancel), 400);
        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/advisories?sort=publisher", Cancel), 400);
        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/advisories?source=rss", Cancel), 400);
        Assert.Equal(0, (await server.Client.JsonAsync("/api/v1/advisories?cve=CVE-2099-99999")).GetProperty("total").GetInt32());
    }

    /// <summary>
    /// The next revision a publisher would issue: version 2 with its history entry, the 8.0.x portal fixed for
    /// CVE-2018-5474 and a vendor fix for it.
    /// </summary>
    private static string ReviseWithFix(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var tracking = root["document"]!["tracking"]!.AsObject();
        tracking["version"] = "2";
        tracking["current_release_date"] = "2018-04-10T00:00:00.000000Z";
        tracking["revision_history"]!.AsArray().Add(new JsonObject
        {
            ["number"] = "2",
            ["date"] = "2018-04-10T00:00:00.000000Z",
            ["summary"] = "Fixed version for the 8.0.x portal",
        });
        var vulnerability = root["vulnerabilities"]!.AsArray().Single(v => v!["cve"]!.GetValue<string>() == "CVE-2018-5474")!.AsObject();
        vulnerability["product_status"] = new JsonObject
        {
            ["known_affected"] = new JsonArray("CSAFPID-0002"),
            ["fixed"] = new JsonArray("CSAFPID-0001"),
        };
        vulnerability["remediations"]!.AsArray().Add(new JsonObject
        {
            ["category"] = "vendor_fix",
            ["details"] = "Update IntelliSpace Portal 8.0.x to the fixed release.",
            ["product_ids"] = new JsonArray("CSAFPID-0001"),
            ["url"] = "https://www.philips.com/productsecurity",
        });
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static List<string?> TrackingIds(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("tracking_id").GetString()).ToList();
}
