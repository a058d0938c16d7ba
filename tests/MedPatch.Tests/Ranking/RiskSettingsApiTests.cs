using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Core.Organizations;
using MedPatch.Core.Security;
using MedPatch.Features.Ranking;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Ranking;

public sealed class RiskSettingsApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_reader_gets_the_defaults_and_an_admins_partial_put_is_stored_audited_and_shown(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var reader = await server.ClientForAsync(Role.Technician, inventory.Organization.Id, scope: TokenScope.Read);
        var admin = await server.CreateUserAsync(Role.Admin, inventory.Organization.Id, withPassword: false);
        var client = server.ClientWithToken(await server.CreateTokenAsync(admin, TokenScope.Write));

        var defaults = await reader.GetFromJsonAsync<JsonElement>("/api/v1/risk-settings", Cancel);
        var put = await client.PutAsJsonAsync(
            "/api/v1/risk-settings", new { weights = new { kev = 35, stores_phi = 0 }, unknown_automatable_counts_as = "no", device_count_saturation = 50 }, Cancel);
        var shown = await reader.GetFromJsonAsync<JsonElement>("/api/v1/risk-settings", Cancel);

        Assert.Equal(inventory.Organization.Id, defaults.GetProperty("organization_id").GetGuid());
        Assert.Equal("Riverside Health", defaults.GetProperty("organization").GetString());
        Assert.False(defaults.GetProperty("saved").GetBoolean());
        Assert.Equal("open", defaults.GetProperty("settings").GetProperty("unset_segment_counts_as").GetString());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var body = await put.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(35, body.GetProperty("settings").GetProperty("weights").GetProperty("kev").GetDouble());
        Assert.Equal(25, body.GetProperty("settings").GetProperty("weights").GetProperty("cvss_base").GetDouble());
        Assert.Equal("no", shown.GetProperty("settings").GetProperty("unknown_automatable_counts_as").GetString());
        Assert.Equal(50, shown.GetProperty("settings").GetProperty("device_count_saturation").GetInt32());
        Assert.True(shown.GetProperty("saved").GetBoolean());
        Assert.Contains(admin.Email, shown.GetProperty("updated_by").GetString(), StringComparison.OrdinalIgnoreCase);
        var kev = shown.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "weights.kev");
        Assert.False(kev.GetProperty("is_default").GetBoolean());
        Assert.Equal(15, kev.GetProperty("default_value").GetDouble());
        Assert.True(shown.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "epss_poc_threshold").GetProperty("is_default").GetBoolean());

        await using (var check = database.NewContext())
        {
            var stored = RiskSettingsJson.ReadOrDefault((await check.RiskSettings.AsNoTracking().SingleAsync(Cancel)).SettingsJson);
            Assert.Equal(35, stored.Weights.Kev);
            Assert.Equal(0, stored.Weights.StoresPhi);
            Assert.Equal(Core.Risk.Automatable.No, stored.UnknownAutomatableCountsAs);
            var audit = await check.AuditRecords.AsNoTracking().SingleAsync(a => a.EntityType == "organization_risk_settings", Cancel);
            Assert.Equal("created", audit.Action);
            Assert.Equal(inventory.Organization.Id.ToString(), audit.EntityId);
            Assert.Contains(admin.Email, audit.Actor, StringComparison.OrdinalIgnoreCase);
        }

        // Sending back what GET answered (derived total included) changes nothing; DELETE resets and is audited.
        var roundTrip = await client.PutAsJsonAsync("/api/v1/risk-settings", shown.GetProperty("settings"), Cancel);
        var delete = await client.DeleteAsync("/api/v1/risk-settings", Cancel);
        Assert.Equal(HttpStatusCode.OK, roundTrip.StatusCode);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.False((await delete.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("saved").GetBoolean());
        await using (var check = database.NewContext())
        {
            Assert.Empty(await check.RiskSettings.AsNoTracking().ToListAsync(Cancel));
            var actions = await check.AuditRecords.AsNoTracking().Where(a => a.EntityType == "organization_risk_settings").Select(a => a.Action).ToListAsync(Cancel);
            Assert.Equal(["created", "deleted"], actions.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_values_are_a_400_naming_each_field_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var bad = await server.Client.PutAsJsonAsync(
            "/api/v1/risk-settings",
            new { weights = new { kev = -5, cvss_base = "heavy" }, epss_poc_threshold = 0, unset_segment_counts_as = "unset", unknown_criticality_counts_as = true, speed = 3 },
            Cancel);
        var zero = await server.Client.PutAsJsonAsync(
            "/api/v1/risk-settings",
            new { weights = new { cvss_base = 0, epss_percentile = 0, kev = 0, clinical_criticality = 0, patient_connected = 0, stores_phi = 0, exposed_devices = 0 } },
            Cancel);
        var notAnObject = await server.Client.PutAsJsonAsync("/api/v1/risk-settings", new[] { 1, 2 }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Contains("must be a number or a word", errors.GetProperty("unknown_criticality_counts_as")[0].GetString(), StringComparison.Ordinal);
        var fields = (await (await server.Client.PutAsJsonAsync(
            "/api/v1/risk-settings",
            new { weights = new { kev = -5, cvss_base = "heavy" }, epss_poc_threshold = 0, unset_segment_counts_as = "unset", speed = 3 },
            Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Equal(["epss_poc_threshold", "speed", "unset_segment_counts_as", "weights.cvss_base", "weights.kev"], fields.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("'heavy' is not a number", fields.GetProperty("weights.cvss_base")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("small, controlled, open", fields.GetProperty("unset_segment_counts_as")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("is not a risk setting", fields.GetProperty("speed")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains(
            "at least one weight must be above 0",
            (await zero.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").GetProperty("weights")[0].GetString(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notAnObject.StatusCode);
        await using var check = database.NewContext();
        Assert.Empty(await check.RiskSettings.AsNoTracking().ToListAsync(Cancel));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_an_admin_may_change_them_and_another_organization_is_a_404(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        var other = new Organization { Name = "Hilltop Health" };
        await using (var db = database.NewContext())
        {
            db.Organizations.Add(other);
            await db.SaveChangesAsync(Cancel);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var analyst = await server.ClientForAsync(Role.SecurityAnalyst, inventory.Organization.Id);
        var manager = await server.ClientForAsync(Role.Manager, inventory.Organization.Id);
        var otherAdmin = await server.ClientForAsync(Role.Admin, other.Id);
        var body = new { weights = new { kev = 50 } };

        var analystPut = await analyst.PutAsJsonAsync("/api/v1/risk-settings", body, Cancel);
        var analystDelete = await analyst.DeleteAsync("/api/v1/risk-settings", Cancel);
        var managerGet = await manager.GetAsync("/api/v1/risk-settings", Cancel);
        var managerPut = await manager.PutAsJsonAsync("/api/v1/risk-settings", body, Cancel);
        var foreignGet = await otherAdmin.GetAsync($"/api/v1/risk-settings?organization={inventory.Organization.Id}", Cancel);
        var foreignPut = await otherAdmin.PutAsJsonAsync($"/api/v1/risk-settings?organization={inventory.Organization.Id}", body, Cancel);
        var ownPut = await otherAdmin.PutAsJsonAsync("/api/v1/risk-settings", body, Cancel);
        var riverside = await manager.GetFromJsonAsync<JsonElement>("/api/v1/risk-settings", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, analystPut.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, analystDelete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, managerGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, managerPut.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignPut.StatusCode);
        Assert.Equal("application/problem+json", foreignPut.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, ownPut.StatusCode);
        Assert.Equal(15, riverside.GetProperty("settings").GetProperty("weights").GetProperty("kev").GetDouble());
        await using var check = database.NewContext();
        Assert.Equal(other.Id, (await check.RiskSettings.AsNoTracking().SingleAsync(Cancel)).OrganizationId);
    }

    private static async Task<TestInventory> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await TestInventory.SeedAsync(db);
    }
}
