using System.Text.Json;
using MedPatch.Core.Security;
using MedPatch.Features.Dashboard;
using MedPatch.Features.Exposures;
using MedPatch.Tests.Exposures;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;
using MedPatch.Tests.Ui;
using Microsoft.Extensions.Time.Testing;

namespace MedPatch.Tests.Features.Dashboard;

/// <summary>
/// The dashboard's exposure tiles over a matched inventory, on both databases: each figure equals the total of the
/// API listing its link stands for, and a user limited to one facility counts that facility only.
/// </summary>
public sealed class ExposureTileTests
{
    private static readonly string[] Decisions = ["immediate", "out_of_cycle", "scheduled", "defer"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Tile_figures_equal_the_api_totals_their_links_stand_for(DatabaseKind kind)
    {
        await using var data = await ExposureTestData.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(data.Database.Settings);
        var browser = await server.SignedInClientAsync(Role.Manager, data.OrganizationId);

        var html = await browser.GetStringAsync("/", Ct);

        var unmitigated = await ExposureTestData.ApiItemsAsync(server.Client, "unmitigated=true");
        Assert.Equal(3, unmitigated.Count);
        foreach (var decision in Decisions)
        {
            var total = await ExposureTestData.ApiTotalAsync(server.Client, $"decision={decision}&unmitigated=true");
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), PageForms.ElementText(html, $"exposures-{decision}"));
            Assert.Contains($"<a href=\"/exposures?decision={decision}&amp;unmitigated=true\">", html, StringComparison.Ordinal);
            var page = await browser.GetStringAsync($"/exposures?decision={decision}&unmitigated=true", Ct);
            Assert.StartsWith($"{total} exposure", PageForms.ElementText(page, "exposure-total"), StringComparison.Ordinal);
        }

        Assert.Equal("3", PageForms.ElementText(html, "exposures-unmitigated"));

        // One of the three unmitigated exposures is on ALR-102, whose own end of support passed in 2020.
        Assert.Equal("1", PageForms.ElementText(html, "exposures-unsupported"));
        Assert.Equal("33.3%", PageForms.ElementText(html, "share-exposures-unsupported"));
        var unsupported = await browser.GetStringAsync("/exposures?unmitigated=true&support=end_of_support", Ct);
        Assert.Equal("1 exposure match the filters", PageForms.ElementText(unsupported, "exposure-total"));

        var models = ExposureHtml.Rows(ExposureHtml.Table(html, "top-exposed-models"));
        var expected = unmitigated.GroupBy(e => (Str(e, "manufacturer"), Str(e, "model")))
            .Select(g => new[] { g.Key.Item2 + " " + g.Key.Item1, g.Select(e => Str(e, "asset_tag")).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture), g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
        Assert.Equal(expected, models.Select(r => r.ToArray()));
        Assert.Equal(["Alaris System Becton, Dickinson and Company", "3", "3"], Assert.Single(models));
        Assert.Contains($"<a href=\"/exposures?model={data.ModelId}&amp;unmitigated=true\">Alaris System</a>", html, StringComparison.Ordinal);
        ExposureHtml.AssertNoInlineScriptOrStyle(html);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_user_of_one_facility_counts_that_facility_only(DatabaseKind kind)
    {
        await using var data = await ExposureTestData.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(data.Database.Settings);
        var general = await server.SignedInClientAsync(Role.ClinicalEngineer, data.OrganizationId, [data.General]);
        var generalApi = await server.ClientForAsync(Role.ClinicalEngineer, data.OrganizationId, [data.General]);

        var html = await general.GetStringAsync("/", Ct);

        // Lakeside General keeps ALR-001 unmitigated (ALR-003 was set aside); none of its pumps is past end of support.
        Assert.Equal(1, await ExposureTestData.ApiTotalAsync(generalApi, "unmitigated=true"));
        Assert.Equal("1", PageForms.ElementText(html, "exposures-unmitigated"));
        foreach (var decision in Decisions)
        {
            Assert.Equal(
                (await ExposureTestData.ApiTotalAsync(generalApi, $"decision={decision}&unmitigated=true")).ToString(System.Globalization.CultureInfo.InvariantCulture),
                PageForms.ElementText(html, $"exposures-{decision}"));
        }

        Assert.Equal("0", PageForms.ElementText(html, "exposures-unsupported"));
        Assert.Equal("0%", PageForms.ElementText(html, "share-exposures-unsupported"));
        Assert.Equal(["Alaris System Becton, Dickinson and Company", "1", "1"], Assert.Single(ExposureHtml.Rows(ExposureHtml.Table(html, "top-exposed-models"))));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_tile_query_counts_in_the_database_what_the_listing_finds(DatabaseKind kind)
    {
        await using var data = await ExposureTestData.CreateAsync(kind);
        await using var db = data.Database.NewContext();
        var queries = new ExposureQueries(db);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

        var tiles = await new ExposureTileQueries(queries, clock).GetAsync(Ct);
        var listed = await queries.ListAsync(ExposureTileQueries.Unmitigated, int.MaxValue, Ct);

        Assert.Equal((4, 3, 1), (tiles.AllExposures, tiles.Unmitigated, tiles.OnUnsupportedDevices));
        Assert.Equal(listed.GroupBy(e => e.Decision).ToDictionary(g => g.Key, g => g.Count()), tiles.ByDecision);
        Assert.Equal(1.0 / 3, tiles.ShareOnUnsupported, 6);
        var model = Assert.Single(tiles.TopModels);
        Assert.Equal((data.ModelId, "Alaris System", 3, 3), (model.ModelId, model.Model, model.Devices, model.Exposures));

        // Before the clinic pump's end of support, no exposure sits on an unsupported device.
        var before = await new ExposureTileQueries(queries, new FakeTimeProvider(new DateTimeOffset(2019, 6, 1, 0, 0, 0, TimeSpan.Zero))).GetAsync(Ct);
        Assert.Equal(0, before.OnUnsupportedDevices);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Without_exposures_the_dashboard_shows_no_exposure_tiles(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await AlarisInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var html = await (await server.SignedInClientAsync(Role.Admin)).GetStringAsync("/", Ct);

        Assert.DoesNotContain("id=\"exposures-heading\"", html, StringComparison.Ordinal);
        Assert.Equal("3", PageForms.ElementText(html, "total-devices"));
    }

    private static string Str(JsonElement element, string name) => element.GetProperty(name).GetString() ?? string.Empty;
}
