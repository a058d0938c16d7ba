using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Core.Security;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Features.Auditing;

public sealed class AuditApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_write_through_the_api_is_audited_with_its_token_request_and_address_and_auditors_can_read_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var seed = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(seed);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var created = await server.Client.PostAsJsonAsync(
            "/api/v1/devices",
            new { facility_id = inventory.General.Id, model_id = inventory.EvitaV500.Id, asset_tag = "API-AUD-1", software_version = "5.0" },
            Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString();

        var auditor = await server.ClientForAsync(Role.Auditor, inventory.Organization.Id);
        var list = JsonDocument.Parse(await auditor.GetStringAsync($"/api/v1/audit?entity=device&entity_id={id}", Ct)).RootElement;
        var record = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("created", record.GetProperty("action").GetString());
        Assert.Equal("token", record.GetProperty("actor_kind").GetString());
        Assert.Equal("API-AUD-1", record.GetProperty("after").GetProperty("asset_tag").GetString());
        Assert.Equal("127.0.0.1", record.GetProperty("client_address").GetString());
        Assert.False(string.IsNullOrEmpty(record.GetProperty("request_id").GetString()));
        Assert.Equal(inventory.Organization.Id.ToString("D"), record.GetProperty("organization_id").GetString());

        var verify = JsonDocument.Parse(await auditor.GetStringAsync("/api/v1/audit/verify", Ct)).RootElement;
        Assert.True(verify.GetProperty("ok").GetBoolean());

        var csv = await auditor.GetStringAsync($"/api/v1/audit/export?format=csv&entity_id={id}", Ct);
        Assert.Contains("API-AUD-1", csv, StringComparison.Ordinal);

        var technician = await server.ClientForAsync(Role.Technician, inventory.Organization.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await technician.GetAsync("/api/v1/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await auditor.GetAsync("/api/v1/audit?since=yesterday", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_audit_page_shows_filtered_records_and_the_chain_status(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var scope = new AuditScope(database))
        {
            scope.Db.Organizations.Add(new MedPatch.Core.Organizations.Organization { Name = "Riverside Health" });
            await scope.Db.SaveChangesAsync(Ct);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var auditor = await server.SignedInClientAsync(Role.Auditor);

        var html = await auditor.GetStringAsync("/audit?entity=organization", Ct);

        Assert.Contains("Chain verified up to sequence", html, StringComparison.Ordinal);
        Assert.Contains("Riverside Health", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/audit/export?entity=organization&amp;format=csv", html, StringComparison.Ordinal);
    }
}
