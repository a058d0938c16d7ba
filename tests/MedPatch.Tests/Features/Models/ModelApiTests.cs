using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Models;

public sealed class ModelApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Listing_filters_by_manufacturer_alias_and_device_type(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var all = await server.Client.GetFromJsonAsync<JsonElement>("/api/v1/models", Cancel);
        var hillrom = await server.Client.GetFromJsonAsync<JsonElement>("/api/v1/models?manufacturer=Hillrom%20Inc.", Cancel);
        var ventilators = await server.Client.GetFromJsonAsync<JsonElement>("/api/v1/models?device_type=ventilator", Cancel);
        var geMonitors = await server.Client.GetFromJsonAsync<JsonElement>("/api/v1/models?manufacturer=GE%20Healthcare&device_type=Patient%20monitor", Cancel);

        Assert.Equal(4, all.GetArrayLength());
        Assert.Equal("Sigma Spectrum", Assert.Single(hillrom.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Evita V500", Assert.Single(ventilators.EnumerateArray()).GetProperty("name").GetString());
        var b450 = Assert.Single(geMonitors.EnumerateArray());
        Assert.Equal("CARESCAPE B450", b450.GetProperty("name").GetString());
        Assert.Equal(3, b450.GetProperty("device_count").GetInt32());
        Assert.Equal("supported", b450.GetProperty("support_status").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Put_replaces_support_dates_and_patch_policy(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var response = await server.Client.PutAsJsonAsync($"/api/v1/models/{inventory.VividE95.Id}", new
        {
            end_of_sale = "2024-06-30",
            end_of_support = "2025-12-31",
            device_type = "Ultrasound",
            clinical_function = "Cardiac imaging",
            model_numbers = new[] { " H45591FA ", "h45591fa", "H45591FB" },
            remote_push_possible = false,
            customer_may_install = (bool?)null,
            manufacturer_must_install = true,
            typical_install_minutes = 90,
        }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("end_of_support", body.GetProperty("support_status").GetString());
        Assert.Equal("2025-12-31", body.GetProperty("end_of_support").GetString());
        Assert.Equal(["H45591FA", "H45591FB"], body.GetProperty("model_numbers").EnumerateArray().Select(n => n.GetString()));
        await using var check = database.NewContext();
        var stored = await check.DeviceModels.SingleAsync(m => m.Id == inventory.VividE95.Id, Cancel);
        Assert.Equal(new DateOnly(2024, 6, 30), stored.EndOfSale);
        Assert.Equal(new DateOnly(2025, 12, 31), stored.EndOfSupport);
        Assert.Equal("Cardiac imaging", stored.ClinicalFunction);
        Assert.False(stored.PatchPolicy.RemotePushPossible);
        Assert.Null(stored.PatchPolicy.CustomerMayInstall);
        Assert.True(stored.PatchPolicy.ManufacturerMustInstall);
        Assert.Equal(90, stored.TypicalInstallMinutes);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task End_of_support_before_end_of_sale_is_a_problem_naming_the_field_and_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var response = await server.Client.PutAsJsonAsync($"/api/v1/models/{inventory.EvitaV500.Id}", new
        {
            end_of_sale = "2030-01-01",
            end_of_support = "2029-01-01",
            typical_install_minutes = 0,
        }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var errors = problem.GetProperty("errors");
        Assert.Contains("before end of sale", errors.GetProperty("end_of_support")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("typical_install_minutes", out _));
        await using var check = database.NewContext();
        var stored = await check.DeviceModels.SingleAsync(m => m.Id == inventory.EvitaV500.Id, Cancel);
        Assert.Equal(TestInventory.FutureEndOfSupport, stored.EndOfSupport);
        Assert.Equal("Ventilator", stored.DeviceType);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_model_id_is_a_404_problem(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var id = Guid.CreateVersion7();

        var get = await server.Client.GetAsync($"/api/v1/models/{id}", Cancel);
        var put = await server.Client.PutAsJsonAsync($"/api/v1/models/{id}", new { device_type = "Pump" }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
    }
}
