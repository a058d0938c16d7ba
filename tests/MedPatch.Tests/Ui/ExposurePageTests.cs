using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedPatch.Core.Security;
using MedPatch.Tests.Api;
using MedPatch.Tests.Exposures;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Ui;

/// <summary>
/// The exposures page, the device page's exposures and the vulnerability page's affected devices, over what
/// <c>medpatch match</c> stored for real advisory data, on both databases; every figure is checked against the API.
/// </summary>
public sealed class ExposurePageTests
{
    private static readonly string[] Labels = ["immediate", "out_of_cycle", "scheduled", "defer", "unranked"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_exposures_page_groups_by_decision_in_the_api_order_with_a_count_per_decision(DatabaseKind kind)
    {
        await using var data = await ExposureTestData.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(data.Database.Settings);
        var browser = await server.SignedInClientAsync(Role.Technician, data.OrganizationId);
        var api = await ExposureTestData.ApiItemsAsync(server.Client, string.Empty);

        var html = await browser.GetStringAsync("/exposures", Ct);

        Assert.Equal(4, api.Count);
        Assert.Equal("4 exposures", PageForms.ElementText(html, "exposure-total"));
        Assert.Equal("4", PageForms.ElementText(html, "count-all"));
        foreach (var label in Labels)
        {
            Assert.Equal(api.Count(e => Str(e, "decision") == label), int.Parse(PageForms.ElementText(html, $"count-{label}"), System.Globalization.CultureInfo.InvariantCulture));
        }

        // Groups follow the listing's order: most urgent decision first, then priority; one table per decision on the page.
        var shown = Labels.Where(l => ExposureHtml.HasTable(html, $"exposures-{l}"))
            .SelectMany(l => ExposureHtml.Rows(ExposureHtml.Table(html, $"exposures-{l}")).Select(r => (Decision: l, Tag: r[0].Split(' ')[0])))
            .ToList();
        Assert.Equal(api.Select(e => (Str(e, "decision"), Str(e, "asset_tag"))), shown);

        // The isolated segment lowers one pump's decision, so the page shows more than one group.
        Assert.True(shown.Select(s => s.Decision).Distinct().Count() >= 2, string.Join(", ", shown));

        var inRange = api.Single(e => Str(e, "asset_tag") == AlarisInventory.InRange);
        var row = ExposureHtml.RawRows(ExposureHtml.Table(html, $"exposures-{Str(inRange, "decision")}"))
            .Single(r => r.Contains($"href=\"/devices/{data.Devices[AlarisInventory.InRange]}\"", StringComparison.Ordinal));
        Assert.Contains($"<a href=\"/vulnerabilities/{ExposureTestData.Cve}\">{ExposureTestData.Cve}</a>", row, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/advisories/{ExposureTestData.Advisory}\">{ExposureTestData.Advisory}</a>", row, StringComparison.Ordinal);
        var text = ExposureHtml.Text(row);
        Assert.Contains("Lakeside General", text, StringComparison.Ordinal);
        Assert.Contains("Alaris System", text, StringComparison.Ordinal);
        Assert.Contains("9.19", text, StringComparison.Ordinal);
        Assert.Contains("High", text, StringComparison.Ordinal);
        Assert.Contains("Model version range", text, StringComparison.Ordinal);
        Assert.Contains("<details>", row, StringComparison.Ordinal);
        Assert.Contains(Str(inRange, "reason"), text, StringComparison.Ordinal);
        Assert.Contains("Decision rule: " + Str(inRange, "decision_rule"), text, StringComparison.Ordinal);
        Assert.Contains("priority " + inRange.GetProperty("priority").GetDouble().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains($"title=\"{HtmlEncoder.Default.Encode(Str(inRange, "decision_rule"))}\"", row, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/exposures\" aria-current=\"page\">Exposures</a>", html, StringComparison.Ordinal);
        ExposureHtml.AssertNoInlineScriptOrStyle(html);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Each_filter_narrows_the_page_to_what_the_api_finds(DatabaseKind kind)
    {
        await using var data = await ExposureTestData.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(data.Database.Settings);
        var browser = await server.SignedInClientAsync(Role.SecurityAnalyst, data.OrganizationId);
        var api = await ExposureTestData.ApiItemsAsync(server.Client, string.Empty);
        string[] Tags(Func<JsonElement, bool> keep) => [.. api.Where(keep).Select(e => Str(e, "asset_tag"))];

        foreach (var label in api.Select(e => Str(e, "decision")).Distinct())
        {
            var html = await browser.GetStringAsync($"/exposures?decision={label}", Ct);
            Assert.Equal(Tags(e => Str(e, "decision") == label), AssetTags(html));
            Assert.Contains($"id=\"tab-{label}\" class=\"tab-{label}\" aria-current=\"page\"", html, StringComparison.Ordinal);
            if (label != "unranked")
            {
                Assert.Equal(await ExposureTestData.ApiTotalAsync(server.Client, $"decision={label}"), AssetTags(html).Count);
            }
        }

        var clinic = Tags(e => Str(e, "facility") == "Lakeside Clinic");
        Assert.Equal([ExposureTestData.ClinicInRange, ExposureTestData.ClinicUnsupported], clinic.Order(StringComparer.Ordinal));
        Assert.Equal(clinic, AssetTags(await browser.GetStringAsync($"/exposures?facility={data.Clinic}", Ct)));
        Assert.Equal(clinic, AssetTags(await browser.GetStringAsync("/exposures?facility=Lakeside%20Clinic", Ct)));
        Assert.Equal(Tags(_ => true), AssetTags(await browser.GetStringAsync($"/exposures?manufacturer=BD&model={data.ModelId}", Ct)));
        Assert.Equal(Tags(_ => true), AssetTags(await browser.GetStringAsync($"/exposures?cve={ExposureTestData.Cve.ToLowerInvariant()}", Ct)));
        Assert.Equal([ExposureTestData.ClinicInRange], AssetTags(await browser.GetStringAsync($"/exposures?device={ExposureTestData.ClinicInRange}", Ct)));
        Assert.Equal([AlarisInventory.Unknown], AssetTags(await browser.GetStringAsync("/exposures?confidence=low", Ct)));
        Assert.Equal([AlarisInventory.Unknown], AssetTags(await browser.GetStringAsync("/exposures?state=possible", Ct)));
        Assert.Equal(Tags(e => Str(e, "state") == "affected"), AssetTags(await browser.GetStringAsync("/exposures?state=affected", Ct)));

        var unmitigated = await browser.GetStringAsync("/exposures?unmitigated=true", Ct);
        Assert.Equal(await ExposureTestData.ApiTotalAsync(server.Client, "unmitigated=true"), AssetTags(unmitigated).Count);
        Assert.DoesNotContain(AlarisInventory.Unknown, AssetTags(unmitigated));
        Assert.Equal("3 exposures match the filters", PageForms.ElementText(unmitigated, "exposure-total"));
        Assert.Equal([ExposureTestData.ClinicUnsupported], AssetTags(await browser.GetStringAsync("/exposures?unmitigated=true&support=end_of_support", Ct)));

        // A person's triage decision shows with the row it set aside.
        var falsePositive = await browser.GetStringAsync("/exposures?status=false_positive", Ct);
        Assert.Equal([AlarisInventory.Unknown], AssetTags(falsePositive));
        Assert.Contains(ExposureTestData.FalsePositiveReason, ExposureHtml.Text(falsePositive), StringComparison.Ordinal);
        Assert.Contains("<option value=\"false_positive\" selected=\"selected\">False positive</option>", falsePositive, StringComparison.Ordinal);

        // Values that name nothing are set aside and said so; the rest of the filters still apply.
        var wrong = await browser.GetStringAsync("/exposures?decision=urgent&confidence=certain&facility=Nowhere&state=affected", Ct);
        Assert.Equal(Tags(e => Str(e, "state") == "affected"), AssetTags(wrong));
        var ignored = PageForms.ElementText(wrong, "ignored-filters");
        Assert.Contains("decision: urgent", ignored, StringComparison.Ordinal);
        Assert.Contains("confidence: certain", ignored, StringComparison.Ordinal);
        Assert.Contains("facility: Nowhere", ignored, StringComparison.Ordinal);

        var none = await browser.GetStringAsync("/exposures?cve=CVE-1999-0001", Ct);
        Assert.Equal("0 exposures match the filters", PageForms.ElementText(none, "exposure-total"));
        Assert.Contains("No exposures match the filters.", none, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_device_page_lists_its_exposures_and_why(DatabaseKind kind)
    {
        await using var data = await ExposureTestData.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(data.Database.Settings);
        var browser = await server.SignedInClientAsync(Role.Auditor, data.OrganizationId);
        var api = (await server.Client.JsonAsync($"/api/v1/devices/{data.Devices[AlarisInventory.InRange]}/exposures")).GetProperty("items").EnumerateArray().Single();

        var html = await browser.GetStringAsync($"/devices/{data.Devices[AlarisInventory.InRange]}", Ct);

        Assert.Contains("<h2 id=\"exposures\">Exposures</h2>", html, StringComparison.Ordinal);
        Assert.StartsWith("1 exposure, most urgent first.", PageForms.ElementText(html, "exposure-count"), StringComparison.Ordinal);
        var table = ExposureHtml.Table(html, "device-exposures");
        var cells = Assert.Single(ExposureHtml.Rows(table));
        Assert.Equal(ExposureTestData.Cve, cells[0]);
        Assert.Equal($"{ExposureTestData.Advisory} revision {Str(api, "advisory_revision")}", cells[1]);
        Assert.Equal("Affected High confidence Model version range", cells[2]);
        Assert.Equal(Str(api, "reason"), cells[3]);
        var priority = api.GetProperty("priority").GetDouble().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{DecisionWords(Str(api, "decision"))} priority {priority} {Str(api, "decision_rule")}", cells[4]);
        Assert.Matches("Exploitation=.*Exposure=open.*Automatable=.*HumanImpact=", cells[4]);
        Assert.Equal("Open", cells[5]);
        Assert.Equal(api.GetProperty("patch_available").GetBoolean() ? "Patch available" : "No patch known", cells[6].Split(':')[0]);
        Assert.Contains($"<a href=\"/vulnerabilities/{ExposureTestData.Cve}\">", table, StringComparison.Ordinal);
        Assert.Contains($"href=\"/exposures?device={AlarisInventory.InRange}\"", html, StringComparison.Ordinal);

        var triaged = await browser.GetStringAsync($"/devices/{data.Devices[AlarisInventory.Unknown]}", Ct);
        var status = ExposureHtml.Rows(ExposureHtml.Table(triaged, "device-exposures")).Single();
        Assert.StartsWith("Possible Low confidence", status[2], StringComparison.Ordinal);
        Assert.Equal($"False positive {ExposureTestData.FalsePositiveReason} (analyst@lakeside.example, 2026-02-01)", status[5]);

        var none = await browser.GetStringAsync($"/devices/{data.Devices[AlarisInventory.OutOfRange]}", Ct);
        Assert.StartsWith("No exposures", PageForms.ElementText(none, "exposure-count"), StringComparison.Ordinal);
        Assert.False(ExposureHtml.HasTable(none, "device-exposures"));
        ExposureHtml.AssertNoInlineScriptOrStyle(html);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_vulnerability_page_lists_the_affected_devices_by_facility_and_model(DatabaseKind kind)
    {
        await using var data = await ExposureTestData.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(data.Database.Settings);
        var browser = await server.SignedInClientAsync(Role.Manager, data.OrganizationId);
        var api = await server.Client.JsonAsync($"/api/v1/vulnerabilities/{ExposureTestData.Cve}/devices");
        var apiItems = api.GetProperty("items").EnumerateArray().ToList();

        var html = await browser.GetStringAsync($"/vulnerabilities/{ExposureTestData.Cve}", Ct);

        Assert.Equal(4, api.GetProperty("total").GetInt32());
        Assert.StartsWith("4 devices at 2 facilities.", PageForms.ElementText(html, "affected-device-count"), StringComparison.Ordinal);
        var groups = ExposureHtml.Rows(ExposureHtml.Table(html, "affected-groups"));
        var apiGroups = api.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(apiGroups.Count, groups.Count);
        Assert.Equal(
            [("Lakeside Clinic", 2), ("Lakeside General", 2)],
            apiGroups.Select(g => (Str(g, "facility"), g.GetProperty("devices").GetInt32())));
        Assert.Equal(["Lakeside Clinic 2 in all", "Becton, Dickinson and Company", "Alaris System", "2"], groups[0]);
        Assert.Equal(["Lakeside General 2 in all", "Becton, Dickinson and Company", "Alaris System", "2"], groups[1]);
        Assert.Contains($"href=\"/exposures?cve={ExposureTestData.Cve}&amp;facility={data.Clinic}&amp;model={data.ModelId}\"", html, StringComparison.Ordinal);

        foreach (var state in apiItems.GroupBy(i => Str(i, "state")))
        {
            Assert.Equal(state.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), PageForms.ElementText(html, $"state-{state.Key}"));
        }

        foreach (var confidence in apiItems.GroupBy(i => Str(i, "confidence")))
        {
            Assert.Equal(confidence.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), PageForms.ElementText(html, $"confidence-{confidence.Key}"));
        }

        var devices = ExposureHtml.Table(html, "affected-device-table");
        Assert.Equal(apiItems.Select(i => Str(i, "asset_tag")), ExposureHtml.Rows(devices).Select(r => r[0]));
        Assert.Contains($"<a href=\"/devices/{data.Devices[ExposureTestData.ClinicUnsupported]}\">{ExposureTestData.ClinicUnsupported}</a>", devices, StringComparison.Ordinal);
        ExposureHtml.AssertNoInlineScriptOrStyle(html);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_user_of_one_facility_sees_only_its_exposures_on_every_page(DatabaseKind kind)
    {
        await using var data = await ExposureTestData.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(data.Database.Settings);
        var browser = await server.SignedInClientAsync(Role.ClinicalEngineer, data.OrganizationId, [data.Clinic]);

        var list = await browser.GetStringAsync("/exposures", Ct);
        var vulnerability = await browser.GetStringAsync($"/vulnerabilities/{ExposureTestData.Cve}", Ct);
        var own = await browser.GetStringAsync($"/devices/{data.Devices[ExposureTestData.ClinicInRange]}", Ct);
        var other = await browser.GetAsync($"/devices/{data.Devices[AlarisInventory.InRange]}", Ct);

        Assert.Equal([ExposureTestData.ClinicInRange, ExposureTestData.ClinicUnsupported], AssetTags(list).Order(StringComparer.Ordinal));
        Assert.Equal("2", PageForms.ElementText(list, "count-all"));
        Assert.DoesNotContain("Lakeside General", list, StringComparison.Ordinal);
        Assert.StartsWith("2 devices at 1 facility.", PageForms.ElementText(vulnerability, "affected-device-count"), StringComparison.Ordinal);
        Assert.Single(ExposureHtml.Rows(ExposureHtml.Table(vulnerability, "affected-groups")));
        Assert.DoesNotContain(AlarisInventory.InRange, ExposureHtml.Table(vulnerability, "affected-device-table"), StringComparison.Ordinal);
        Assert.Single(ExposureHtml.Rows(ExposureHtml.Table(own, "device-exposures")));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Without_exposures_the_page_says_how_to_get_them()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.Admin);

        var html = await browser.GetStringAsync("/exposures", Ct);

        Assert.Equal("0 exposures", PageForms.ElementText(html, "exposure-total"));
        Assert.Contains("run <code>medpatch match</code>", html, StringComparison.Ordinal);
    }

    private static List<string> AssetTags(string html) =>
        [.. Labels.Where(l => ExposureHtml.HasTable(html, $"exposures-{l}")).SelectMany(l => ExposureHtml.Rows(ExposureHtml.Table(html, $"exposures-{l}")).Select(r => r[0].Split(' ')[0]))];

    private static string Str(JsonElement element, string name) => element.GetProperty(name).GetString() ?? string.Empty;

    private static string DecisionWords(string label) => label switch
    {
        "immediate" => "Immediate",
        "out_of_cycle" => "Out-of-cycle",
        "scheduled" => "Scheduled",
        "defer" => "Defer",
        _ => "Unranked (resolved or suppressed)",
    };
}
