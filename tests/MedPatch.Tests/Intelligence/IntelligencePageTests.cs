using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MedPatch.Core.Security;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Intelligence;

/// <summary>
/// The advisory and vulnerability pages, from a real import to what a signed-in user reads, and who may read them.
/// </summary>
public sealed class IntelligencePageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_imported_advisory_shows_its_affected_products_revisions_and_vulnerabilities(DatabaseKind kind)
    {
        await using var database = await ApiCatalogData.CreateSeededAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.Technician);

        var list = await browser.GetStringAsync("/advisories?cve=CVE-2017-0143", Cancel);
        var html = await browser.GetStringAsync("/advisories/icsma-20-170-01", Cancel);

        Assert.Equal("2 advisories match the filters", PageForms.ElementText(list, "advisory-total"));
        Assert.Contains("<a href=\"/advisories/ICSMA-20-170-01\">ICSMA-20-170-01</a>", list, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/advisories/ICSMA-18-058-02\">ICSMA-18-058-02</a>", list, StringComparison.Ordinal);

        Assert.Equal("Baxter ExactaMix (Update A)", PageForms.ElementText(html, "advisory-title"));
        var products = Table(html, "product-table");
        var rows = Regex.Matches(products, "<tr>(.*?)</tr>", RegexOptions.Singleline).Skip(1).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Contains("<td>Baxter</td>", row, StringComparison.Ordinal);
            Assert.Equal(7, Regex.Matches(row, "<span class=\"badge status-affected\">Affected</span>").Count);
            Assert.Contains("CVE-2017-0143", row, StringComparison.Ordinal);
        });
        Assert.Contains(rows, row => row.Contains("ExactaMix EM2400", StringComparison.Ordinal) && row.Contains("1.10", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("ExactaMix EM1200", StringComparison.Ordinal));
        Assert.Contains("ICSMA-20-170-01 Baxter Exactamix (Update A)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/v1/advisories/ICSMA-20-170-01/revisions/2/document\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/vulnerabilities/CVE-2017-0143\">CVE-2017-0143</a>", Table(html, "vulnerability-table"), StringComparison.Ordinal);
        Assert.Contains("Vendor fix", Table(html, "remediation-table"), StringComparison.Ordinal);
        AssertNoInlineScriptOrStyle(html);
        AssertNoInlineScriptOrStyle(list);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_kev_cve_shows_its_cvss_breakdown_kev_facts_and_advisories(DatabaseKind kind)
    {
        await using var database = await ApiCatalogData.CreateSeededAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.Auditor);
        using var catalog = JsonDocument.Parse(await File.ReadAllBytesAsync(ApiCatalogData.KevFile, Cancel));
        var entry = catalog.RootElement.GetProperty("vulnerabilities").EnumerateArray().Single(v => v.GetProperty("cveID").GetString() == ApiCatalogData.KevCve);

        var list = await browser.GetStringAsync("/vulnerabilities?kev=true&manufacturer=Baxter", Cancel);
        var html = await browser.GetStringAsync("/vulnerabilities/CVE-2017-0143", Cancel);
        var lower = await browser.GetAsync("/vulnerabilities/cve-2017-0143", Cancel);
        var unknown = await browser.GetAsync("/vulnerabilities/CVE-2099-99999", Cancel);

        Assert.Equal("1 vulnerability matches the filters", PageForms.ElementText(list, "vulnerability-total"));
        Assert.Contains("<a href=\"/vulnerabilities/CVE-2017-0143\">CVE-2017-0143</a>", list, StringComparison.Ordinal);

        var metrics = Regex.Matches(html, "<table class=\"data cvss-metrics\">(.*?)</table>", RegexOptions.Singleline).Single().Groups[1].Value;
        var cells = Regex.Matches(metrics, "<tr>\\s*<td>([^<]+)</td>\\s*<th scope=\"row\">([^<]+) <abbr[^>]*>\\(([^)]+)\\)</abbr></th>\\s*<td>([^<]+) <span[^>]*>\\(([^)]+)\\)</span></td>")
            .Select(m => (Group: m.Groups[1].Value, Name: m.Groups[2].Value, Key: m.Groups[3].Value, Value: m.Groups[4].Value, Code: m.Groups[5].Value))
            .ToList();
        Assert.Equal(8, cells.Count);
        Assert.Contains(("Base", "Attack Vector", "AV", "Network", "N"), cells);
        Assert.Contains(("Base", "Attack Complexity", "AC", "High", "H"), cells);
        Assert.Contains(("Base", "Privileges Required", "PR", "None", "N"), cells);
        Assert.Contains("<span class=\"badge severity-high\">8.1 High</span>", html, StringComparison.Ordinal);

        var kev = Regex.Match(html, "<dl class=\"facts\" id=\"kev-facts\">(.*?)</dl>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<dt>Date added</dt><dd>" + entry.GetProperty("dateAdded").GetString() + "</dd>", kev, StringComparison.Ordinal);
        Assert.Contains("<dt>Due date</dt><dd>" + entry.GetProperty("dueDate").GetString() + "</dd>", kev, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(entry.GetProperty("requiredAction").GetString()!), kev, StringComparison.Ordinal);
        Assert.Contains("id=\"kev-badge\"", html, StringComparison.Ordinal);

        var advisories = Table(html, "advisory-table");
        Assert.Contains("<a href=\"/advisories/ICSMA-20-170-01\">ICSMA-20-170-01</a>", advisories, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/advisories/ICSMA-18-058-02\">ICSMA-18-058-02</a>", advisories, StringComparison.Ordinal);
        Assert.Contains("Phillips", Table(html, "statement-table"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, lower.StatusCode);
        Assert.Equal("/vulnerabilities/CVE-2017-0143", lower.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        AssertNoInlineScriptOrStyle(html);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Text_and_links_from_an_advisory_cannot_inject_markup_or_script(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var folder = Directory.CreateTempSubdirectory("medpatch-advisory-");
        try
        {
            var hostile = Path.Combine(folder.FullName, "hostile.json");
            var root = JsonNode.Parse(await File.ReadAllTextAsync(ApiCatalogData.BaxterFile, Cancel))!.AsObject();
            root["document"]!["title"] = "<script>alert(1)</script> ExactaMix";
            root["document"]!["tracking"]!["id"] = "TEST-INJECT-01";
            root["document"]!["references"]!.AsArray().Add(new JsonObject
            {
                ["category"] = "external",
                ["summary"] = "<img src=x onerror=alert(2)>",
                ["url"] = "javascript:alert(3)",
            });
            await File.WriteAllTextAsync(hostile, root.ToJsonString(), Cancel);
            var result = await ApiCatalogData.ImportAdvisoriesAsync(database, [hostile]);
            Assert.True(result.Succeeded, string.Join('\n', result.Errors.Select(e => e.Message)));

            await using var server = await TestWebServer.StartAsync(database.Settings);
            var html = await server.Client.GetStringAsync("/advisories/TEST-INJECT-01", Cancel);

            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; ExactaMix", html, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            // The web links of the real advisory stay links, kept from sending the referrer or the opener.
            Assert.Matches("<a href=\"https://[^\"]+\" rel=\"noopener noreferrer\"", html);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Without_inventory_read_the_api_answers_403_and_the_pages_deny_and_anonymous_callers_must_sign_in()
    {
        await using var database = await ApiCatalogData.CreateSeededAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var psirtApi = await server.ClientForAsync(Role.Manufacturer);
        var psirtPages = await server.SignedInClientAsync(Role.Manufacturer);
        var anonymous = server.AnonymousClient();
        string[] api = ["/api/v1/vulnerabilities", "/api/v1/vulnerabilities/CVE-2017-0143", "/api/v1/advisories", "/api/v1/advisories/ICSMA-20-170-01",
            "/api/v1/advisories/ICSMA-20-170-01/revisions", "/api/v1/advisories/ICSMA-20-170-01/revisions/2/document"];
        string[] pages = ["/vulnerabilities", "/vulnerabilities/CVE-2017-0143", "/advisories", "/advisories/ICSMA-20-170-01"];

        foreach (var url in api)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await psirtApi.GetAsync(url, Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url, Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(url, Cancel)).StatusCode);
        }

        foreach (var url in pages)
        {
            var denied = await psirtPages.GetAsync(url, Cancel);
            Assert.Equal("/account/access-denied", denied.RequestMessage!.RequestUri!.AbsolutePath);
            var signIn = await anonymous.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal("/account/sign-in", signIn.Headers.Location!.AbsolutePath);
        }

        // The menu offers the sections only to those who may open them.
        var psirtHome = await (await psirtPages.GetAsync("/account/access-denied", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("href=\"/vulnerabilities\"", psirtHome, StringComparison.Ordinal);
        var reader = await server.SignedInClientAsync(Role.Technician);
        var nav = await reader.GetStringAsync("/advisories", Cancel);
        Assert.Contains("<a href=\"/advisories\" aria-current=\"page\">Advisories</a>", nav, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/vulnerabilities\">Vulnerabilities</a>", nav, StringComparison.Ordinal);
    }

    private static string Table(string html, string id)
    {
        var match = Regex.Match(html, $"<table class=\"data\" id=\"{id}\">(.*?)</table>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no table {id} on the page");
        return match.Groups[1].Value;
    }

    private static void AssertNoInlineScriptOrStyle(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
    }
}
