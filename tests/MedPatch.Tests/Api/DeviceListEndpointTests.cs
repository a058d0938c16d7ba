using System.Text.Json;
using MedPatch.Tests.TestKit;
using static MedPatch.Tests.Api.ApiTestSupport;

namespace MedPatch.Tests.Api;

public sealed class DeviceListEndpointTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Filters_narrow_the_list_and_the_total_counts_every_match(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var all = await server.Client.JsonAsync("/api/v1/devices");
        var childrens = await server.Client.JsonAsync("/api/v1/devices?facility=Riverside%20Children%27s%20Hospital");
        var byFacilityId = await server.Client.JsonAsync($"/api/v1/devices?facility={inventory.Childrens.Id}");
        var hillrom = await server.Client.JsonAsync("/api/v1/devices?manufacturer=Hillrom");
        var monitors = await server.Client.JsonAsync("/api/v1/devices?device_type=patient%20monitor");
        var evita = await server.Client.JsonAsync($"/api/v1/devices?model={inventory.EvitaV500.Id}");
        var unsupported = await server.Client.JsonAsync("/api/v1/devices?unsupported=true");
        var unknown = await server.Client.JsonAsync("/api/v1/devices?support=unknown");
        var segment = await server.Client.JsonAsync("/api/v1/devices?segment=VLAN%2020%20Clinical&q=A0000");
        var search = await server.Client.JsonAsync("/api/v1/devices?q=dev01");

        Assert.Equal(10, all.GetProperty("total").GetInt32());
        Assert.Equal(1, all.GetProperty("page").GetInt32());
        Assert.Equal(50, all.GetProperty("page_size").GetInt32());
        Assert.Equal(["A00007", "A00008", "A00009", "A00010"], AssetTags(childrens));
        Assert.Equal(4, childrens.GetProperty("total").GetInt32());
        Assert.Equal(AssetTags(childrens), AssetTags(byFacilityId));
        Assert.Equal(["A00001", "A00005", "A00009"], AssetTags(hillrom));
        Assert.Equal(["A00002", "A00006", "A00010"], AssetTags(monitors));
        Assert.Equal(["A00003", "A00007"], AssetTags(evita));
        Assert.Equal(AssetTags(hillrom), AssetTags(unsupported));
        Assert.All(unsupported.GetProperty("items").EnumerateArray(), d => Assert.Equal("end_of_support", d.GetProperty("support_status").GetString()));
        Assert.Equal(["A00004", "A00008"], AssetTags(unknown));
        Assert.Equal(9, segment.GetProperty("total").GetInt32());
        Assert.Equal(["A00010"], AssetTags(search));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Sorting_orders_by_the_key_and_a_minus_reverses_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var descending = await server.Client.JsonAsync("/api/v1/devices?sort=-asset_tag");
        var byModel = await server.Client.JsonAsync("/api/v1/devices?sort=model");
        var bySupportDesc = await server.Client.JsonAsync("/api/v1/devices?sort=-serial_number&page_size=3");

        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => $"A{i:D5}"), AssetTags(descending));
        var models = byModel.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("model").GetString()).ToList();
        Assert.Equal(models.Order(StringComparer.Ordinal), models);
        Assert.Equal("CARESCAPE B450", models[0]);
        Assert.Equal(["A00010", "A00009", "A00008"], AssetTags(bySupportDesc));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_cover_every_device_once_without_duplicates(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var seen = new List<string?>();
        for (var page = 1; page <= 4; page++)
        {
            // Sorting by facility puts six devices on one key: only the id tie-breaker keeps pages stable.
            var body = await server.Client.JsonAsync($"/api/v1/devices?sort=facility&page={page}&page_size=3");
            Assert.Equal(10, body.GetProperty("total").GetInt32());
            Assert.Equal(page, body.GetProperty("page").GetInt32());
            Assert.Equal(3, body.GetProperty("page_size").GetInt32());
            Assert.Equal(page < 4 ? 3 : 1, body.GetProperty("items").GetArrayLength());
            seen.AddRange(AssetTags(body));
        }

        var beyond = await server.Client.JsonAsync("/api/v1/devices?page=5&page_size=3");

        Assert.Equal(10, seen.Distinct().Count());
        Assert.Equal(10, seen.Count);
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
        Assert.Equal(10, beyond.GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Wrong_sort_support_and_page_size_are_validation_problems_naming_the_parameter(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var badSort = await server.Client.GetAsync(new Uri("/api/v1/devices?sort=colour", UriKind.Relative), TestContext.Current.CancellationToken);
        using var badSupport = await server.Client.GetAsync(new Uri("/api/v1/devices?support=maybe", UriKind.Relative), TestContext.Current.CancellationToken);
        using var tooBig = await server.Client.GetAsync(new Uri("/api/v1/devices?page_size=501&page=0", UriKind.Relative), TestContext.Current.CancellationToken);

        AssertProblem(badSort, 400);
        AssertProblem(badSupport, 400);
        AssertProblem(tooBig, 400);
        Assert.True((await badSort.BodyAsync()).GetProperty("errors").TryGetProperty("sort", out _));
        Assert.True((await badSupport.BodyAsync()).GetProperty("errors").TryGetProperty("support", out _));
        var tooBigErrors = (await tooBig.BodyAsync()).GetProperty("errors");
        Assert.True(tooBigErrors.TryGetProperty("page_size", out _));
        Assert.True(tooBigErrors.TryGetProperty("page", out _));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Getting_one_device_returns_every_field_and_an_unknown_id_is_a_404_problem(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var first = inventory.Devices[0];

        var device = await server.Client.JsonAsync($"/api/v1/devices/{first.Id}");
        using var missing = await server.Client.GetAsync(new Uri($"/api/v1/devices/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("A00001", device.GetProperty("asset_tag").GetString());
        Assert.Equal(inventory.General.Id, device.GetProperty("facility_id").GetGuid());
        Assert.Equal("Sigma Spectrum", device.GetProperty("model").GetString());
        Assert.Equal("Baxter", device.GetProperty("manufacturer").GetString());
        Assert.Equal("ICU", device.GetProperty("department").GetString());
        Assert.Equal("312", device.GetProperty("room").GetString());
        Assert.Equal("00:1A:2B:3C:4D:01", device.GetProperty("mac_address").GetString());
        Assert.Equal("VLAN 20 Clinical", device.GetProperty("network_segment").GetString());
        Assert.Equal("high", device.GetProperty("clinical_criticality").GetString());
        Assert.Equal("in_service", device.GetProperty("in_service").GetString());
        Assert.Equal("end_of_support", device.GetProperty("support_status").GetString());
        Assert.Equal("2020-12-31", device.GetProperty("model_end_of_support").GetString());
        Assert.Equal(JsonValueKind.Null, device.GetProperty("end_of_support").ValueKind);
        AssertProblem(missing, 404);
        Assert.Equal(404, (await missing.BodyAsync()).GetProperty("status").GetInt32());
    }
}
