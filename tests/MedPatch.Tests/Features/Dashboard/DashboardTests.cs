using System.Text.RegularExpressions;
using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;
using MedPatch.Features.Dashboard;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace MedPatch.Tests.Features.Dashboard;

public sealed class DashboardTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Figures_count_devices_by_facility_manufacturer_type_and_support(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.NewContext();
        await TestInventory.SeedAsync(db);

        var figures = await new DashboardQueries(db, Clock).GetAsync(Cancel);

        Assert.Equal((10, 2, 3, 4), (figures.Devices, figures.Facilities, figures.Manufacturers, figures.Models));
        Assert.Equal([("Riverside General Hospital", 6), ("Riverside Children's Hospital", 4)], figures.ByFacility.Select(c => (c.Label, c.Count)));
        Assert.Equal([("GE HealthCare", 5), ("Baxter", 3), ("Dräger", 2)], figures.ByManufacturer.Select(c => (c.Label, c.Count)));
        Assert.Equal(
            [("Infusion pump", 3), ("Patient monitor", 3), ("Ultrasound", 2), ("Ventilator", 2)],
            figures.ByDeviceType.Select(c => (c.Label, c.Count)));

        // Sigma Spectrum (3 devices) ended in 2020; Vivid E95 (2 devices) has no date anywhere.
        Assert.Equal((5, 3, 2), (figures.Supported, figures.EndOfSupport, figures.UnknownSupport));
        Assert.Equal(0.3, figures.ShareEndOfSupport, 6);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_device_date_overrides_its_model_and_the_long_tail_of_manufacturers_becomes_one_row(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.NewContext();
        var inventory = await TestInventory.SeedAsync(db);

        // An extended support contract keeps one Sigma Spectrum supported; one ultrasound got a past date.
        inventory.Devices[0].EndOfSupport = new DateOnly(2030, 1, 1);
        inventory.Devices[3].EndOfSupport = new DateOnly(2025, 1, 1);
        for (var i = 1; i <= 10; i++)
        {
            var maker = new Manufacturer { Name = $"Maker {i:D2}", NormalizedName = $"maker {i:D2}" };
            var model = new DeviceModel { ManufacturerId = maker.Id, Name = "Pump", NormalizedName = "pump", DeviceType = null };
            db.AddRange(maker, model, new Device
            {
                OrganizationId = inventory.Organization.Id,
                FacilityId = inventory.Childrens.Id,
                DeviceModelId = model.Id,
                AssetTag = $"M{i:D3}",
            });
        }

        await db.SaveChangesAsync(Cancel);
        var figures = await new DashboardQueries(db, Clock).GetAsync(Cancel);

        Assert.Equal((5 + 1, 3 - 1 + 1, 2 - 1 + 10), (figures.Supported, figures.EndOfSupport, figures.UnknownSupport));
        Assert.Equal(DashboardQueries.TopManufacturers + 1, figures.ByManufacturer.Count);
        var rest = figures.ByManufacturer[^1];
        Assert.True(rest.IsRest);
        Assert.Equal("3 other manufacturers", rest.Label);
        Assert.Equal(20, figures.ByManufacturer.Sum(c => c.Count));
        Assert.Contains(figures.ByDeviceType, c => c.Label == DashboardQueries.NoDeviceType && c.Count == 10);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_dashboard_page_shows_totals_shares_and_svg_charts_with_table_alternatives(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var html = await server.Client.GetStringAsync("/", Cancel);

        Assert.Equal("10", PageForms.ElementText(html, "total-devices"));
        Assert.Equal("2", PageForms.ElementText(html, "total-facilities"));
        Assert.Equal("30%", PageForms.ElementText(html, "share-end-of-support"));
        Assert.Equal("20%", PageForms.ElementText(html, "share-unknown"));
        Assert.Equal("Devices by facility", PageForms.ElementText(html, "by-facility-title"));
        Assert.Matches("<svg class=\"bar-chart\" role=\"img\" aria-labelledby=\"by-facility-title by-facility-desc\"", html);
        Assert.Contains("<title>Riverside General Hospital: 6</title>", html, StringComparison.Ordinal);
        var table = Regex.Match(html, "<table class=\"data\" id=\"by-manufacturer-table\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<th scope=\"row\">GE HealthCare</th><td class=\"num\">5</td><td class=\"num\">50%</td>", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_navigation_links_only_to_pages_that_work_and_marks_the_current_one(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var html = await server.Client.GetStringAsync("/models", Cancel);
        var nav = Regex.Match(html, "<nav class=\"site-nav\" aria-label=\"Main\">(.*?)</nav>", RegexOptions.Singleline).Groups[1].Value;

        var links = Regex.Matches(nav, "<a href=\"([^\"]+)\"([^>]*)>([^<]+)</a>").Select(m => (Href: m.Groups[1].Value, Attributes: m.Groups[2].Value, Label: m.Groups[3].Value)).ToList();
        var soon = Regex.Matches(nav, "<span class=\"soon\" aria-disabled=\"true\">([^<]+?) <small>coming soon</small></span>").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["/", "/devices", "/models", "/manufacturers", "/segments", "/vulnerabilities", "/advisories", "/exposures", "/triage", "/mitigations", "/settings/risk", "/audit", "/api/docs"], links.Select(l => l.Href));
        Assert.Equal("Models", Assert.Single(links, l => l.Attributes.Contains("aria-current=\"page\"", StringComparison.Ordinal)).Label);
        Assert.Equal(["Work", "Signals", "Reports", "Admin"], soon);
        foreach (var (href, _, label) in links)
        {
            var response = await server.Client.GetAsync(href, Cancel);
            Assert.True(response.IsSuccessStatusCode, $"{label} ({href}) answered {(int)response.StatusCode}");
        }
    }
}
