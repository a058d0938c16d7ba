using System.Text.Json;
using MedPatch.Core.Organizations;
using MedPatch.Core.Security;
using MedPatch.Tests.Api;
using MedPatch.Tests.Intelligence;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Exposures;

/// <summary>
/// The exposure endpoints over what <c>medpatch match</c> stored for the Alaris pumps and ICSMA-20-317-01, on both
/// databases: the same filters as the command line, one device's exposures and one CVE's devices.
/// </summary>
public sealed class ExposureApiTests
{
    private const string Cve = "CVE-2020-25165";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_list_takes_the_command_line_filters_and_pages(DatabaseKind kind)
    {
        await using var database = await MatchedAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var all = await server.Client.JsonAsync("/api/v1/exposures");
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal(1, all.GetProperty("page").GetInt32());
        Assert.Equal(50, all.GetProperty("page_size").GetInt32());
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());

        var inRange = Assert.Single(Items(await server.Client.JsonAsync($"/api/v1/exposures?device={AlarisInventory.InRange}")));
        Assert.Equal("affected", inRange.GetProperty("state").GetString());
        Assert.Equal(Cve, inRange.GetProperty("cve").GetString());
        Assert.Equal("Lakeside General", inRange.GetProperty("facility").GetString());
        Assert.Empty(Items(await server.Client.JsonAsync($"/api/v1/exposures?device={AlarisInventory.OutOfRange}")));
        var low = Assert.Single(Items(await server.Client.JsonAsync("/api/v1/exposures?confidence=low")));
        Assert.Equal(AlarisInventory.Unknown, low.GetProperty("asset_tag").GetString());
        Assert.Equal(2, (await server.Client.JsonAsync($"/api/v1/exposures?cve={Cve.ToLowerInvariant()}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await server.Client.JsonAsync("/api/v1/exposures?cve=CVE-1999-0001")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await server.Client.JsonAsync("/api/v1/exposures?unmitigated=true")).GetProperty("total").GetInt32());
        var decision = inRange.GetProperty("decision").GetString()!;
        Assert.All(Items(await server.Client.JsonAsync($"/api/v1/exposures?decision={decision}")), e => Assert.Equal(decision, e.GetProperty("decision").GetString()));

        var first = await server.Client.JsonAsync("/api/v1/exposures?page_size=1");
        var second = await server.Client.JsonAsync("/api/v1/exposures?page_size=1&page=2");
        Assert.Equal(2, first.GetProperty("total").GetInt32());
        Assert.Equal(
            Items(all).Select(e => e.GetProperty("asset_tag").GetString()),
            Items(first).Concat(Items(second)).Select(e => e.GetProperty("asset_tag").GetString()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_parameter_values_are_400_naming_the_parameter(DatabaseKind kind)
    {
        await using var database = await MatchedAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        foreach (var (query, name) in new[] { ("decision=urgent", "decision"), ("confidence=certain", "confidence"), ("page=0", "page"), ("page_size=501", "page_size") })
        {
            var response = await server.Client.GetAsync($"/api/v1/exposures?{query}", Ct);
            ApiTestSupport.AssertProblem(response, 400);
            Assert.True((await response.BodyAsync()).GetProperty("errors").TryGetProperty(name, out _), query);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_device_lists_its_exposures_and_an_unknown_device_is_404(DatabaseKind kind)
    {
        await using var database = await MatchedAsync(kind);
        var ids = await DeviceIdsAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var inRange = await server.Client.JsonAsync($"/api/v1/devices/{ids[AlarisInventory.InRange]}/exposures");
        Assert.Equal(AlarisInventory.InRange, inRange.GetProperty("asset_tag").GetString());
        Assert.Equal(Cve, Assert.Single(Items(inRange)).GetProperty("cve").GetString());
        Assert.Empty(Items(await server.Client.JsonAsync($"/api/v1/devices/{ids[AlarisInventory.OutOfRange]}/exposures")));
        ApiTestSupport.AssertProblem(await server.Client.GetAsync($"/api/v1/devices/{Guid.NewGuid()}/exposures", Ct), 404);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_cve_lists_its_devices_by_facility_and_model(DatabaseKind kind)
    {
        await using var database = await MatchedAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var devices = await server.Client.JsonAsync($"/api/v1/vulnerabilities/{Cve.ToLowerInvariant()}/devices");
        Assert.Equal(Cve, devices.GetProperty("cve").GetString());
        Assert.Equal(2, devices.GetProperty("total").GetInt32());
        var group = Assert.Single(devices.GetProperty("groups").EnumerateArray());
        Assert.Equal("Lakeside General", group.GetProperty("facility").GetString());
        Assert.Equal("Alaris System", group.GetProperty("model").GetString());
        Assert.Equal(2, group.GetProperty("devices").GetInt32());
        Assert.Equal([AlarisInventory.InRange, AlarisInventory.Unknown], Items(devices).Select(d => d.GetProperty("asset_tag").GetString()));
        Assert.All(Items(devices), d => Assert.All(
            new[] { "facility", "model", "asset_tag", "state", "confidence", "decision" }, f => Assert.True(d.TryGetProperty(f, out _), f)));

        // The detail of the CVE keeps its own route next to this one.
        Assert.Equal(Cve, (await server.Client.JsonAsync($"/api/v1/vulnerabilities/{Cve}")).GetProperty("cve").GetString());
        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/vulnerabilities/ICSMA-20-317-01/devices", Ct), 400);
        ApiTestSupport.AssertProblem(await server.Client.GetAsync("/api/v1/vulnerabilities/CVE-2099-99999/devices", Ct), 404);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_user_of_another_facility_sees_none_of_them(DatabaseKind kind)
    {
        await using var database = await MatchedAsync(kind);
        var ids = await DeviceIdsAsync(database);
        Guid organizationId, elsewhere;
        await using (var db = database.NewContext())
        {
            organizationId = (await db.Organizations.SingleAsync(Ct)).Id;
            var facility = new Facility { OrganizationId = organizationId, Name = "Lakeside Clinic", Code = "LC" };
            db.Add(facility);
            await db.SaveChangesAsync(Ct);
            elsewhere = facility.Id;
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var clinic = await server.ClientForAsync(Role.SecurityAnalyst, organizationId, [elsewhere]);

        Assert.Equal(0, (await clinic.JsonAsync("/api/v1/exposures")).GetProperty("total").GetInt32());
        ApiTestSupport.AssertProblem(await clinic.GetAsync($"/api/v1/devices/{ids[AlarisInventory.InRange]}/exposures", Ct), 404);
        Assert.Equal(0, (await clinic.JsonAsync($"/api/v1/vulnerabilities/{Cve}/devices")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_names_each_route_and_its_problem_answers()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var document = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var (path, operation, statuses) in new[]
        {
            ("/api/v1/exposures", "ListExposures", new[] { "200", "400" }),
            ("/api/v1/devices/{id}/exposures", "ListDeviceExposures", ["200", "404"]),
            ("/api/v1/vulnerabilities/{cve}/devices", "ListVulnerabilityDevices", ["200", "400", "404"]),
        })
        {
            var get = paths.GetProperty(path).GetProperty("get");
            Assert.Equal(operation, get.GetProperty("operationId").GetString());
            Assert.Equal("Exposures", Assert.Single(get.GetProperty("tags").EnumerateArray()).GetString());
            Assert.All(statuses, status => Assert.True(get.GetProperty("responses").TryGetProperty(status, out _), $"{path} {status}"));
        }
    }

    private static async Task<TestDatabase> MatchedAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await AlarisInventory.SeedAsync(db);
        }

        Assert.Equal(1, (await ImportCli.ImportAdvisoriesAsync(database, SharedData.Require("csaf/cisa-icsma/icsma-20-317-01.json"))).Int("imported"));
        var (exit, _, error) = await ImportCli.RunJsonAsync(database, "match", "--full");
        Assert.True(exit == 0, error);
        return database;
    }

    private static async Task<Dictionary<string, Guid>> DeviceIdsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Devices.AsNoTracking().ToDictionaryAsync(d => d.AssetTag!, d => d.Id, StringComparer.Ordinal, Ct);
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];
}
