using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static MedPatch.Tests.Api.ApiTestSupport;

namespace MedPatch.Tests.Api;

public sealed class DeviceWriteEndpointTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Creating_a_device_answers_201_with_its_location_and_canonical_network_identity(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await StartAsync(database);

        using var response = await server.Client.PostAsJsonAsync("/api/v1/devices", new
        {
            facility = "riverside children's hospital",
            model_id = inventory.EvitaV500.Id,
            asset_tag = " B00001 ",
            serial_number = "EV-77",
            software_version = "2.51",
            department = "NICU",
            building = "East",
            floor = "2",
            room = "204",
            ip_address = "10.30.0.7",
            mac_address = "001a.2b3c.4dff",
            hostname = "evita-nicu-1",
            network_segment = "vlan 20 clinical",
            clinical_criticality = "life_critical",
            patient_connected = true,
            stores_phi = false,
            in_service = "out_of_service",
            cmms_id = "CM-9",
            udi_di = "04046964000000",
            end_of_support = "2030-06-30",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(201, (int)response.StatusCode);
        var created = await response.BodyAsync();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/devices/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("B00001", created.GetProperty("asset_tag").GetString());
        Assert.Equal(inventory.Childrens.Id, created.GetProperty("facility_id").GetGuid());
        Assert.Equal("00:1A:2B:3C:4D:FF", created.GetProperty("mac_address").GetString());
        Assert.Equal("NICU", created.GetProperty("department").GetString());
        Assert.Equal("life_critical", created.GetProperty("clinical_criticality").GetString());
        Assert.Equal("out_of_service", created.GetProperty("in_service").GetString());
        Assert.Equal("2030-06-30", created.GetProperty("end_of_support").GetString());
        Assert.Equal("supported", created.GetProperty("support_status").GetString());
        Assert.Equal(Now.UtcDateTime, created.GetProperty("created_at").GetDateTime().ToUniversalTime());

        // The segment typed in another case is the existing one; the new location belongs to the device's facility.
        Assert.Equal("VLAN 20 Clinical", created.GetProperty("network_segment").GetString());
        await using var db = database.NewContext();
        Assert.Equal(1, await db.NetworkSegments.CountAsync(TestContext.Current.CancellationToken));
        var location = await db.Locations.SingleAsync(l => l.Department == "NICU", TestContext.Current.CancellationToken);
        Assert.Equal(inventory.Childrens.Id, location.FacilityId);
        Assert.Equal("nicu|east|2|204", location.Key);
        var listed = await server.Client.JsonAsync("/api/v1/devices?q=B000");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Invalid_fields_are_one_validation_problem_naming_each_field(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedAsync(database);
        await using var server = await StartAsync(database);

        using var response = await server.Client.PostAsJsonAsync("/api/v1/devices", new
        {
            model_id = Guid.NewGuid(),
            asset_tag = "C00001",
            ip_address = "10.0.0.300",
            mac_address = "00:1A:2B:3C:4D",
            clinical_criticality = "very",
            end_of_support = "31/12/2030",
        }, TestContext.Current.CancellationToken);

        AssertProblem(response, 400);
        var body = await response.BodyAsync();
        var errors = body.GetProperty("errors");
        Assert.Equal(
            ["clinical_criticality", "end_of_support", "facility_id", "ip_address", "mac_address", "model_id"],
            errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("10.0.0.300", errors.GetProperty("ip_address")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("no device model", errors.GetProperty("model_id")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        await using var db = database.NewContext();
        Assert.Equal(10, await db.Devices.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_facility_name_or_a_device_without_tag_and_serial_is_rejected(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await StartAsync(database);

        using var response = await server.Client.PostAsJsonAsync("/api/v1/devices", new
        {
            facility = "Nowhere Clinic",
            model_id = inventory.VividE95.Id,
        }, TestContext.Current.CancellationToken);

        AssertProblem(response, 400);
        var errors = (await response.BodyAsync()).GetProperty("errors");
        Assert.Equal(["asset_tag", "facility"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_second_device_with_the_same_asset_tag_in_a_facility_is_a_409_problem(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await StartAsync(database);

        using var duplicate = await server.Client.PostAsJsonAsync("/api/v1/devices", new
        {
            facility_id = inventory.General.Id,
            model_id = inventory.VividE95.Id,
            asset_tag = "A00001",
        }, TestContext.Current.CancellationToken);
        using var otherFacility = await server.Client.PostAsJsonAsync("/api/v1/devices", new
        {
            facility_id = inventory.Childrens.Id,
            model_id = inventory.VividE95.Id,
            asset_tag = "A00001",
        }, TestContext.Current.CancellationToken);

        AssertProblem(duplicate, 409);
        Assert.Contains("A00001", (await duplicate.BodyAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(201, (int)otherFacility.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Updating_replaces_the_fields_and_stamps_the_update_time(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await StartAsync(database);
        var device = inventory.Devices[1];

        using var response = await server.Client.PutAsJsonAsync($"/api/v1/devices/{device.Id}", new
        {
            facility_id = inventory.General.Id,
            model_id = inventory.CarescapeB450.Id,
            asset_tag = "A00002",
            serial_number = "SN-0002",
            software_version = "3.0",
            ip_address = "fe80:0:0:0:0:0:0:1",
            network_segment = "VLAN 30 Imaging",
        }, TestContext.Current.CancellationToken);
        using var clash = await server.Client.PutAsJsonAsync($"/api/v1/devices/{device.Id}", new
        {
            facility_id = inventory.General.Id,
            model_id = inventory.CarescapeB450.Id,
            asset_tag = "A00003",
        }, TestContext.Current.CancellationToken);
        using var missing = await server.Client.PutAsJsonAsync($"/api/v1/devices/{Guid.NewGuid()}", new
        {
            facility_id = inventory.General.Id,
            model_id = inventory.CarescapeB450.Id,
            asset_tag = "Z1",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        var updated = await response.BodyAsync();
        Assert.Equal("3.0", updated.GetProperty("software_version").GetString());
        Assert.Equal("fe80::1", updated.GetProperty("ip_address").GetString());
        Assert.Equal("VLAN 30 Imaging", updated.GetProperty("network_segment").GetString());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("mac_address").ValueKind);
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("department").ValueKind);
        Assert.Equal(Now.UtcDateTime, updated.GetProperty("updated_at").GetDateTime().ToUniversalTime());
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), updated.GetProperty("created_at").GetDateTime().ToUniversalTime());
        AssertProblem(clash, 409);
        AssertProblem(missing, 404);
        var reread = await server.Client.JsonAsync($"/api/v1/devices/{device.Id}");
        Assert.Equal("A00002", reread.GetProperty("asset_tag").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Deleting_a_device_answers_204_and_then_404(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await StartAsync(database);
        var id = inventory.Devices[0].Id;

        using var deleted = await server.Client.DeleteAsync(new Uri($"/api/v1/devices/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var again = await server.Client.DeleteAsync(new Uri($"/api/v1/devices/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var get = await server.Client.GetAsync(new Uri($"/api/v1/devices/{id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(204, (int)deleted.StatusCode);
        AssertProblem(again, 404);
        AssertProblem(get, 404);
        var list = await server.Client.JsonAsync("/api/v1/devices");
        Assert.Equal(9, list.GetProperty("total").GetInt32());
    }

    private static Task<TestWebServer> StartAsync(TestDatabase database) =>
        TestWebServer.StartAsync(database.Settings, builder => builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
}
