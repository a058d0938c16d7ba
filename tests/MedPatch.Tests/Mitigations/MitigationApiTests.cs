using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;
using MedPatch.Core.Security;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Mitigations;

public sealed class MitigationApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_analyst_records_verifies_and_ends_a_mitigation_and_each_step_is_audited_as_them(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var analyst = await server.CreateUserAsync(Role.SecurityAnalyst, inventory.Organization.Id, withPassword: false);
        var client = server.ClientWithToken(await server.CreateTokenAsync(analyst, TokenScope.Write));
        var reader = await server.ClientForAsync(Role.Technician, inventory.Organization.Id, scope: TokenScope.Read);
        var pump = inventory.Devices[0];

        var post = await client.PostAsJsonAsync(
            "/api/v1/mitigations",
            new { kind = "segmentation", effect = "isolates", description = "Moved to the isolated pump VLAN without routes", device_ids = new[] { pump.Id.ToString() }, asset_tags = new[] { "A00005" }, review_by = "2099-12-31" },
            Cancel);
        var created = await post.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = created.GetProperty("id").GetGuid();
        var one = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/mitigations/{id}", Cancel);
        var byTag = await reader.GetFromJsonAsync<JsonElement>("/api/v1/mitigations?device=A00005", Cancel);
        var byId = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/mitigations?device={pump.Id}", Cancel);
        var elsewhere = await reader.GetFromJsonAsync<JsonElement>("/api/v1/mitigations?device=A00009&active=true", Cancel);
        var verify = await client.PostAsync($"/api/v1/mitigations/{id}/verify", null, Cancel);
        var verified = await verify.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var end = await client.PostAsync($"/api/v1/mitigations/{id}/end", null, Cancel);
        var ended = await end.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var verifyEnded = await client.PostAsJsonAsync($"/api/v1/mitigations/{id}/verify", new { verified_by = "Jane" }, Cancel);
        var activeOnly = await reader.GetFromJsonAsync<JsonElement>("/api/v1/mitigations?active=true", Cancel);
        var endedOnly = await reader.GetFromJsonAsync<JsonElement>("/api/v1/mitigations?active=false", Cancel);

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Equal($"/api/v1/mitigations/{id}", post.Headers.Location?.OriginalString);
        Assert.Equal(["A00001", "A00005"], created.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("asset_tag").GetString()));
        Assert.False(created.GetProperty("counts").GetBoolean());
        Assert.Equal(id, one.GetProperty("id").GetGuid());
        Assert.Equal("isolates", one.GetProperty("effect").GetString());
        Assert.Equal(1, byTag.GetArrayLength());
        Assert.Equal(1, byId.GetArrayLength());
        Assert.Equal(0, elsewhere.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Contains(analyst.Email, verified.GetProperty("verified_by").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(verified.GetProperty("counts").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.False(ended.GetProperty("active").GetBoolean());
        Assert.False(ended.GetProperty("counts").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, verifyEnded.StatusCode);
        Assert.Equal(0, activeOnly.GetArrayLength());
        Assert.Equal(1, endedOnly.GetArrayLength());

        await using var check = database.NewContext();
        var audit = await check.AuditRecords.AsNoTracking().Where(a => a.EntityType == "mitigation").OrderBy(a => a.Sequence).ToListAsync(Cancel);
        Assert.Equal(["created", "updated", "updated"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Contains(analyst.Email, a.Actor, StringComparison.OrdinalIgnoreCase));
        Assert.All(audit, a => Assert.Equal(inventory.Organization.Id, a.OrganizationId));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_fields_and_devices_outside_the_callers_inventory_are_a_400_naming_the_field(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        var foreign = await OtherOrganizationDeviceAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var client = await server.ClientForAsync(Role.ClinicalEngineer, inventory.Organization.Id);

        var bad = await client.PostAsJsonAsync(
            "/api/v1/mitigations", new { kind = "wishful", effect = "maybe", description = " ", cve = "CVE-1", review_by = "31/12/2099", device_ids = new[] { "not-a-guid" } }, Cancel);
        var other = await client.PostAsJsonAsync(
            "/api/v1/mitigations", new { kind = "firewall_rule", effect = "restricts", description = "ACL", device_ids = new[] { foreign.ToString() } }, Cancel);
        var none = await client.PostAsJsonAsync("/api/v1/mitigations", new { kind = "firewall_rule", effect = "restricts", description = "ACL" }, Cancel);
        var badFilter = await client.GetAsync("/api/v1/mitigations?active=sometimes&cve=nope", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Equal(["cve", "description", "device_ids", "effect", "kind", "review_by"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains(
            $"no device {foreign} in your inventory",
            (await other.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").GetProperty("device_ids")[0].GetString(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.True((await none.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("device_ids", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        var filterErrors = (await badFilter.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.True(filterErrors.TryGetProperty("active", out _));
        Assert.True(filterErrors.TryGetProperty("cve", out _));
        await using var check = database.NewContext();
        Assert.Empty(await check.Mitigations.AsNoTracking().ToListAsync(Cancel));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Readers_get_403_on_writes_and_other_tenants_and_facilities_do_not_see_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await OtherOrganizationDeviceAsync(database);
        Guid otherOrganization;
        await using (var db = database.NewContext())
        {
            otherOrganization = (await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == "Hilltop Health", Cancel)).Id;
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var engineer = await server.ClientForAsync(Role.ClinicalEngineer, inventory.Organization.Id);
        var technician = await server.ClientForAsync(Role.Technician, inventory.Organization.Id);
        var childrensOnly = await server.ClientForAsync(Role.ClinicalEngineer, inventory.Organization.Id, [inventory.Childrens.Id]);
        var stranger = await server.ClientForAsync(Role.Admin, otherOrganization);
        var body = new { kind = "physical_control", effect = "none", description = "Locked cabinet", asset_tags = new[] { "A00002" } };

        var denied = await technician.PostAsJsonAsync("/api/v1/mitigations", body, Cancel);
        var post = await engineer.PostAsJsonAsync("/api/v1/mitigations", body, Cancel);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        var technicianList = await technician.GetFromJsonAsync<JsonElement>("/api/v1/mitigations", Cancel);
        var technicianEnd = await technician.PostAsync($"/api/v1/mitigations/{id}/end", null, Cancel);
        var strangerGet = await stranger.GetAsync($"/api/v1/mitigations/{id}", Cancel);
        var strangerList = await stranger.GetFromJsonAsync<JsonElement>("/api/v1/mitigations", Cancel);
        var strangerEnd = await stranger.PostAsync($"/api/v1/mitigations/{id}/end", null, Cancel);
        var strangerTag = await stranger.PostAsJsonAsync("/api/v1/mitigations", body with { asset_tags = new[] { "A00003" } }, Cancel);
        var childrensGet = await childrensOnly.GetAsync($"/api/v1/mitigations/{id}", Cancel);
        var childrensTag = await childrensOnly.PostAsJsonAsync("/api/v1/mitigations", body, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Equal(1, technicianList.GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, technicianEnd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerGet.StatusCode);
        Assert.Equal(0, strangerList.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, strangerEnd.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, strangerTag.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, childrensGet.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, childrensTag.StatusCode);
        Assert.True((await childrensTag.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("asset_tags", out _));
        await using var check = database.NewContext();
        Assert.True((await check.Mitigations.AsNoTracking().SingleAsync(Cancel)).Active);
    }

    private static async Task<TestInventory> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await TestInventory.SeedAsync(db);
    }

    /// <summary>A second health system with one device tagged like one of Riverside's.</summary>
    private static async Task<Guid> OtherOrganizationDeviceAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var model = await db.DeviceModels.AsNoTracking().FirstAsync(Cancel);
        var other = new Organization { Name = "Hilltop Health" };
        var hospital = new Facility { OrganizationId = other.Id, Name = "Hilltop Hospital", Code = "HH" };
        var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var device = new Device { OrganizationId = other.Id, FacilityId = hospital.Id, DeviceModelId = model.Id, AssetTag = "A00002", CreatedAt = at, UpdatedAt = at };
        db.AddRange(other, hospital, device);
        await db.SaveChangesAsync(Cancel);
        return device.Id;
    }
}
