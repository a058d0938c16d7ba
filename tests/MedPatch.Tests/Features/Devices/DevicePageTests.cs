using System.Net;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Features.Devices;

public sealed class DevicePageTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_device_list_filters_sorts_and_counts_on_the_server(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var all = await HtmlAsync(server, "/devices");
        var childrens = await HtmlAsync(server, $"/devices?facility={inventory.Childrens.Id}&sort=-asset_tag");
        var unsupported = await HtmlAsync(server, "/devices?support=end_of_support&manufacturer=Baxter");

        Assert.Contains("<caption>", all, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" aria-sort=\"ascending\"><a href=\"/devices?sort=-asset_tag\">Asset tag</a></th>", all, StringComparison.Ordinal);
        Assert.Contains("10 devices", all, StringComparison.Ordinal);
        Assert.Contains("<label for=\"facility\">Facility</label>", all, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{inventory.Childrens.Id}\">Riverside Children&#x27;s Hospital</option>", all, StringComparison.Ordinal);
        Assert.Contains("4 devices match the filters", childrens, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{inventory.Childrens.Id}\" selected=\"selected\">", childrens, StringComparison.Ordinal);
        Assert.True(childrens.IndexOf(">A00010<", StringComparison.Ordinal) < childrens.IndexOf(">A00007<", StringComparison.Ordinal));
        Assert.DoesNotContain(">A00001<", childrens, StringComparison.Ordinal);
        Assert.Contains("3 devices match the filters", unsupported, StringComparison.Ordinal);
        Assert.Contains("End of support", unsupported, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_device_list_pages_fifty_at_a_time_with_previous_and_next_links(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using (var db = database.NewContext())
        {
            // 120 more devices make three pages of fifty.
            for (var i = 0; i < 120; i++)
            {
                db.Devices.Add(new MedPatch.Core.Devices.Device
                {
                    OrganizationId = inventory.Organization.Id,
                    FacilityId = inventory.General.Id,
                    DeviceModelId = inventory.VividE95.Id,
                    AssetTag = $"P{i:D5}",
                });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);

        var first = await HtmlAsync(server, "/devices");
        var second = await HtmlAsync(server, "/devices?p=2");
        var last = await HtmlAsync(server, "/devices?p=3");

        Assert.Contains("130 devices", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 3", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"/devices?p=2\">Next</a>", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 3", second, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"prev\" href=\"/devices\">Previous</a>", second, StringComparison.Ordinal);
        Assert.Contains(">P00040<", second, StringComparison.Ordinal);
        Assert.DoesNotContain(">P00039<", second, StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Contains(">P00119<", last, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_device_page_shows_identity_support_dates_network_and_location(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var device = inventory.Devices[0];

        var html = await HtmlAsync(server, $"/devices/{device.Id}");
        using var missing = await server.Client.GetAsync(new Uri($"/devices/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<h1>Device A00001</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/models/{inventory.SigmaSpectrum.Id}\">Sigma Spectrum</a>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>End of support (model)</dt><dd>2020-12-31</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>MAC address</dt><dd>00:1A:2B:3C:4D:01</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Room</dt><dd>312</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Clinical criticality</dt><dd>High</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Network segment</dt><dd>VLAN 20 Clinical</dd>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"badge end_of_support\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<TestInventory> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await TestInventory.SeedAsync(db);
    }

    private static async Task<string> HtmlAsync(TestWebServer server, string url)
    {
        using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {html}");
        return html;
    }
}
