using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Core.Exposures;
using MedPatch.Core.Security;
using MedPatch.Features.Triage;
using MedPatch.Tests.Api;
using MedPatch.Tests.Exposures;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Triage;

/// <summary>The triage queue and actions over HTTP, on both databases: filters, single and bulk decisions, 400/403/404, tenants.</summary>
public sealed class TriageApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_queue_pages_and_takes_the_command_line_filters(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var all = await server.Client.JsonAsync("/api/v1/triage");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(50, all.GetProperty("page_size").GetInt32());
        Assert.Equal(TriageSeed.Queued.Order(StringComparer.Ordinal), ApiTestSupport.AssetTags(all));
        var first = Items(all)[0];
        Assert.Equal(seed.Exposures[AlarisInventory.Unknown], first.GetProperty("id").GetGuid());
        Assert.Equal("Lakeside General", first.GetProperty("facility").GetString());
        Assert.Equal("low", first.GetProperty("confidence").GetString());
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("reason").GetString()));

        Assert.Equal([TriageSeed.ClinicPump], ApiTestSupport.AssetTags(await server.Client.JsonAsync($"/api/v1/triage?facility={Uri.EscapeDataString(TriageSeed.Clinic)}")));
        Assert.Equal(3, (await server.Client.JsonAsync("/api/v1/triage?manufacturer=BD&confidence=low")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await server.Client.JsonAsync("/api/v1/triage?cve=CVE-1999-0001")).GetProperty("total").GetInt32());
        var second = await server.Client.JsonAsync("/api/v1/triage?page_size=2&page=2");
        Assert.Equal([TriageSeed.SparePump], ApiTestSupport.AssetTags(second));

        foreach (var (query, name) in new[] { ("confidence=high", "confidence"), ("page=0", "page"), ("page_size=501", "page_size") })
        {
            var response = await server.Client.GetAsync($"/api/v1/triage?{query}", Ct);
            ApiTestSupport.AssertProblem(response, 400);
            Assert.True((await response.BodyAsync()).GetProperty("errors").TryGetProperty(name, out _), query);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task One_exposure_is_triaged_as_the_user_and_answered_as_stored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var analyst = await server.CreateUserAsync(Role.SecurityAnalyst, seed.OrganizationId, withPassword: false);
        var client = server.ClientWithToken(await server.CreateTokenAsync(analyst, TokenScope.Write));
        var id = seed.Exposures[AlarisInventory.Unknown];

        var response = await client.PostAsJsonAsync($"/api/v1/exposures/{id}/triage", new { action = "not_applicable", reason = "Wireless module not fitted" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal(id, body.GetProperty("id").GetGuid());
        Assert.Equal(AlarisInventory.Unknown, body.GetProperty("asset_tag").GetString());
        Assert.Equal("not_applicable", body.GetProperty("status").GetString());
        Assert.Equal("Wireless module not fitted", body.GetProperty("triage_reason").GetString());
        Assert.Equal(analyst.Email, body.GetProperty("triaged_by").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("triaged_at").ValueKind);
        Assert.Equal(2, (await client.JsonAsync("/api/v1/triage")).GetProperty("total").GetInt32());

        await using var db = database.NewContext();
        var audit = await db.AuditRecords.AsNoTracking().SingleAsync(a => a.Action == TriageExposures.AuditAction, Ct);
        Assert.Equal("exposure", audit.EntityType);
        Assert.Equal(id.ToString("D"), audit.EntityId);
        Assert.Contains(analyst.Email, audit.Actor, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"status\":\"open\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"not_applicable\"", audit.After, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bulk_triage_changes_all_or_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var ids = TriageSeed.Queued.Select(t => seed.Exposures[t]).ToList();

        var partly = await server.Client.PostAsJsonAsync(
            "/api/v1/triage", new { exposure_ids = ids.Append(Guid.NewGuid()), action = "false_positive", reason = "Wrong model family" }, Ct);
        ApiTestSupport.AssertProblem(partly, 404);
        await using (var db = database.NewContext())
        {
            Assert.All(await db.Exposures.AsNoTracking().ToListAsync(Ct), e => Assert.Equal(ExposureStatus.Open, e.Status));
            Assert.Equal(0, await db.AuditRecords.CountAsync(a => a.Action == TriageExposures.AuditAction, Ct));
        }

        var response = await server.Client.PostAsJsonAsync(
            "/api/v1/triage", new { exposure_ids = ids, action = "false_positive", reason = "Wrong model family" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("false_positive", body.GetProperty("action").GetString());
        Assert.Equal(3, body.GetProperty("count").GetInt32());
        Assert.Equal(ids, Items(body).Select(i => i.GetProperty("id").GetGuid()));
        Assert.All(Items(body), i => Assert.Equal("false_positive", i.GetProperty("status").GetString()));
        Assert.Equal(0, (await server.Client.JsonAsync("/api/v1/triage")).GetProperty("total").GetInt32());
        await using (var db = database.NewContext())
        {
            var audit = await db.AuditRecords.AsNoTracking().Where(a => a.Action == TriageExposures.AuditAction).Select(a => a.EntityId).ToListAsync(Ct);
            Assert.Equal(ids.Select(i => i.ToString("D")).Order(StringComparer.Ordinal), audit.Order(StringComparer.Ordinal));
            Assert.Equal(ExposureStatus.Open, (await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == seed.Exposures[AlarisInventory.InRange], Ct)).Status);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_bad_action_or_reason_is_400_naming_the_field_and_an_unknown_id_is_404(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var id = seed.Exposures[AlarisInventory.Unknown];

        foreach (var (body, field) in new (object Body, string Field)[]
        {
            (new { action = "accept", reason = "fine" }, "action"),
            (new { reason = "fine" }, "action"),
            (new { action = "confirm" }, "reason"),
            (new { action = "confirm", reason = " \t " }, "reason"),
            (new { action = "confirm", reason = new string('r', 2001) }, "reason"),
        })
        {
            var response = await server.Client.PostAsJsonAsync($"/api/v1/exposures/{id}/triage", body, Ct);
            ApiTestSupport.AssertProblem(response, 400);
            Assert.True((await response.BodyAsync()).GetProperty("errors").TryGetProperty(field, out _), JsonSerializer.Serialize(body));
        }

        var empty = await server.Client.PostAsJsonAsync("/api/v1/triage", new { exposure_ids = Array.Empty<Guid>(), action = "confirm", reason = "x" }, Ct);
        ApiTestSupport.AssertProblem(empty, 400);
        Assert.True((await empty.BodyAsync()).GetProperty("errors").TryGetProperty("exposure_ids", out _));
        ApiTestSupport.AssertProblem(await server.Client.PostAsJsonAsync($"/api/v1/exposures/{Guid.NewGuid()}/triage", new { action = "confirm", reason = "x" }, Ct), 404);

        await using var db = database.NewContext();
        Assert.All(await db.Exposures.AsNoTracking().ToListAsync(Ct), e => Assert.Equal(ExposureStatus.Open, e.Status));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Readers_see_the_queue_but_get_403_and_other_facilities_get_404(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var id = seed.Exposures[AlarisInventory.Unknown];
        var technician = await server.ClientForAsync(Role.Technician, seed.OrganizationId);
        var clinicAnalyst = await server.ClientForAsync(Role.SecurityAnalyst, seed.OrganizationId, [seed.ClinicId]);

        Assert.Equal(3, (await technician.JsonAsync("/api/v1/triage")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await technician.PostAsJsonAsync($"/api/v1/exposures/{id}/triage", new { action = "confirm", reason = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await technician.PostAsJsonAsync("/api/v1/triage", new { exposure_ids = new[] { id }, action = "confirm", reason = "x" }, Ct)).StatusCode);

        Assert.Equal([TriageSeed.ClinicPump], ApiTestSupport.AssetTags(await clinicAnalyst.JsonAsync("/api/v1/triage")));
        ApiTestSupport.AssertProblem(await clinicAnalyst.PostAsJsonAsync($"/api/v1/exposures/{id}/triage", new { action = "confirm", reason = "x" }, Ct), 404);
        ApiTestSupport.AssertProblem(
            await clinicAnalyst.PostAsJsonAsync("/api/v1/triage", new { exposure_ids = new[] { seed.Exposures[TriageSeed.ClinicPump], id }, action = "confirm", reason = "x" }, Ct), 404);
        var own = await clinicAnalyst.PostAsJsonAsync($"/api/v1/exposures/{seed.Exposures[TriageSeed.ClinicPump]}/triage", new { action = "confirm", reason = "Seen on site" }, Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        await using var db = database.NewContext();
        Assert.Equal(ExposureStatus.Open, (await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == id, Ct)).Status);
        Assert.Equal(ExposureStatus.Confirmed, (await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == seed.Exposures[TriageSeed.ClinicPump], Ct)).Status);
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];
}
