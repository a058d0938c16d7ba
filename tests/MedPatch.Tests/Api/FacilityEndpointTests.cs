using System.Net.Http.Json;
using MedPatch.Tests.TestKit;
using static MedPatch.Tests.Api.ApiTestSupport;

namespace MedPatch.Tests.Api;

public sealed class FacilityEndpointTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Facilities_list_with_device_counts_and_one_can_be_read_by_id(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var list = await server.Client.JsonAsync("/api/v1/facilities");
        var one = await server.Client.JsonAsync($"/api/v1/facilities/{inventory.General.Id}");
        using var missing = await server.Client.GetAsync(new Uri($"/api/v1/facilities/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(
            [("Riverside Children's Hospital", "RCH", 4), ("Riverside General Hospital", "RGH", 6)],
            list.EnumerateArray().Select(f => (f.GetProperty("name").GetString(), f.GetProperty("code").GetString(), f.GetProperty("device_count").GetInt32())));
        Assert.Equal("Riverside General Hospital", one.GetProperty("name").GetString());
        Assert.Equal(inventory.Organization.Id, one.GetProperty("organization_id").GetGuid());
        AssertProblem(missing, 404);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Creating_a_facility_joins_the_existing_health_system_and_rejects_duplicates(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var created = await server.Client.PostAsJsonAsync("/api/v1/facilities", new { name = " Riverside Outpatient Center ", code = "ROC" }, TestContext.Current.CancellationToken);
        using var duplicate = await server.Client.PostAsJsonAsync("/api/v1/facilities", new { name = "riverside general hospital" }, TestContext.Current.CancellationToken);
        using var nameless = await server.Client.PostAsJsonAsync("/api/v1/facilities", new { code = "X" }, TestContext.Current.CancellationToken);

        Assert.Equal(201, (int)created.StatusCode);
        var body = await created.BodyAsync();
        Assert.Equal("Riverside Outpatient Center", body.GetProperty("name").GetString());
        Assert.Equal(inventory.Organization.Id, body.GetProperty("organization_id").GetGuid());
        Assert.Equal(0, body.GetProperty("device_count").GetInt32());
        Assert.Equal($"/api/v1/facilities/{body.GetProperty("id").GetGuid()}", created.Headers.Location?.OriginalString);
        AssertProblem(duplicate, 409);
        AssertProblem(nameless, 400);
        Assert.True((await nameless.BodyAsync()).GetProperty("errors").TryGetProperty("name", out _));
        Assert.Equal(3, (await server.Client.JsonAsync("/api/v1/facilities")).GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_first_facility_of_an_empty_database_creates_a_default_organization(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var created = await server.Client.PostAsJsonAsync("/api/v1/facilities", new { name = "St. Mary's" }, TestContext.Current.CancellationToken);

        Assert.Equal(201, (int)created.StatusCode);
        await using var db = database.NewContext();
        var organization = Assert.Single(db.Organizations);
        Assert.Equal(organization.Id, (await created.BodyAsync()).GetProperty("organization_id").GetGuid());
    }
}
