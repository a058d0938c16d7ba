using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Core.Organizations;
using MedPatch.Core.Security;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Segments;

public sealed class SegmentApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_list_shows_only_the_callers_organization_with_device_counts(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await SegmentSeed.CreateAsync(database, withOtherOrganization: true);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var reader = await server.ClientForAsync(Role.Technician, seed.Inventory.Organization.Id, scope: TokenScope.Read);

        var list = await reader.GetFromJsonAsync<JsonElement>("/api/v1/segments", Cancel);

        var items = list.EnumerateArray().ToList();
        Assert.Equal([SegmentSeed.ClinicalName, "Guest Wi-Fi"], items.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([10, 0], items.Select(s => s.GetProperty("device_count").GetInt32()));
        Assert.Equal(["controlled", "unset"], items.Select(s => s.GetProperty("exposure").GetString()));
        Assert.All(items, s => Assert.Equal("Riverside Health", s.GetProperty("organization").GetString()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Put_sets_the_exposure_answers_the_segment_and_is_audited_as_the_user(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await SegmentSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var engineer = await server.CreateUserAsync(Role.ClinicalEngineer, seed.Inventory.Organization.Id, withPassword: false);
        var client = server.ClientWithToken(await server.CreateTokenAsync(engineer, TokenScope.Write));

        var response = await client.PutAsJsonAsync($"/api/v1/segments/{seed.Guest.Id}/exposure", new { exposure = "open" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(seed.Guest.Id, body.GetProperty("id").GetGuid());
        Assert.Equal("open", body.GetProperty("exposure").GetString());
        Assert.Equal("10.99.0.0/16", body.GetProperty("cidr").GetString());
        await using var check = database.NewContext();
        Assert.Equal(SegmentExposure.Open, (await check.NetworkSegments.SingleAsync(s => s.Id == seed.Guest.Id, Cancel)).Exposure);
        var audit = await check.AuditRecords.AsNoTracking().SingleAsync(a => a.EntityType == "network_segment" && a.Action == "updated", Cancel);
        Assert.Equal(seed.Guest.Id.ToString(), audit.EntityId);
        Assert.Contains(engineer.Email, audit.Actor, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("unset", audit.Before, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_bad_value_is_a_400_naming_the_field_and_an_unknown_or_foreign_segment_is_a_404(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await SegmentSeed.CreateAsync(database, withOtherOrganization: true);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var bad = await server.Client.PutAsJsonAsync($"/api/v1/segments/{seed.Guest.Id}/exposure", new { exposure = "wide open" }, Cancel);
        var unset = await server.Client.PutAsJsonAsync($"/api/v1/segments/{seed.Guest.Id}/exposure", new { exposure = "unset" }, Cancel);
        var unknown = await server.Client.PutAsJsonAsync($"/api/v1/segments/{Guid.CreateVersion7()}/exposure", new { exposure = "open" }, Cancel);
        var foreign = await server.Client.PutAsJsonAsync($"/api/v1/segments/{seed.OtherClinical!.Id}/exposure", new { exposure = "open" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains("small, controlled, open", problem.GetProperty("errors").GetProperty("exposure")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        await using var check = database.NewContext();
        Assert.Equal(SegmentExposure.Unset, (await check.NetworkSegments.SingleAsync(s => s.Id == seed.Guest.Id, Cancel)).Exposure);
        Assert.Equal(SegmentExposure.Small, (await check.NetworkSegments.SingleAsync(s => s.Id == seed.OtherClinical.Id, Cancel)).Exposure);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_read_only_role_may_list_but_gets_403_on_put(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await SegmentSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var manager = await server.ClientForAsync(Role.Manager, seed.Inventory.Organization.Id);

        var list = await manager.GetAsync("/api/v1/segments", Cancel);
        var put = await manager.PutAsJsonAsync($"/api/v1/segments/{seed.Guest.Id}/exposure", new { exposure = "small" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        await using var check = database.NewContext();
        Assert.Equal(SegmentExposure.Unset, (await check.NetworkSegments.SingleAsync(s => s.Id == seed.Guest.Id, Cancel)).Exposure);
    }
}
