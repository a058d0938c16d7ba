using System.Net;
using System.Text.Json;
using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;
using MedPatch.Core.Security;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Security;

/// <summary>Over HTTP, another tenant's or another facility's objects do not exist: 404, never 403 with details.</summary>
public sealed class CrossTenantApiTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_tenants_device_and_facility_answer_404_and_never_appear_in_lists(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory riverside;
        Device hilltopDevice;
        Facility hilltop;
        await using (var db = database.NewContext())
        {
            riverside = await TestInventory.SeedAsync(db);
            var other = new Organization { Name = "Hilltop Health" };
            hilltop = new Facility { OrganizationId = other.Id, Name = "Hilltop Hospital" };
            hilltopDevice = new Device
            {
                OrganizationId = other.Id,
                FacilityId = hilltop.Id,
                DeviceModelId = riverside.EvitaV500.Id,
                AssetTag = "H-1",
                CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            };
            db.AddRange(other, hilltop, hilltopDevice);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var engineer = await server.ClientForAsync(Role.ClinicalEngineer, riverside.Organization.Id);
        var ct = TestContext.Current.CancellationToken;

        using var device = await engineer.GetAsync(new Uri($"/api/v1/devices/{hilltopDevice.Id}", UriKind.Relative), ct);
        using var facility = await engineer.GetAsync(new Uri($"/api/v1/facilities/{hilltop.Id}", UriKind.Relative), ct);
        using var delete = await engineer.DeleteAsync(new Uri($"/api/v1/devices/{hilltopDevice.Id}", UriKind.Relative), ct);
        var list = JsonDocument.Parse(await engineer.GetStringAsync(new Uri("/api/v1/devices?page_size=500", UriKind.Relative), ct)).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, device.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, facility.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(10, list.GetProperty("total").GetInt32());
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), d => d.GetProperty("asset_tag").GetString() == "H-1");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_technician_limited_to_one_hospital_sees_only_that_hospital(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory riverside;
        await using (var db = database.NewContext())
        {
            riverside = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var technician = await server.ClientForAsync(Role.Technician, riverside.Organization.Id, [riverside.Childrens.Id]);
        var ct = TestContext.Current.CancellationToken;
        var generalDevice = riverside.Devices.First(d => d.FacilityId == riverside.General.Id);

        var list = JsonDocument.Parse(await technician.GetStringAsync(new Uri("/api/v1/devices", UriKind.Relative), ct)).RootElement;
        using var hidden = await technician.GetAsync(new Uri($"/api/v1/devices/{generalDevice.Id}", UriKind.Relative), ct);
        var facilities = JsonDocument.Parse(await technician.GetStringAsync(new Uri("/api/v1/facilities", UriKind.Relative), ct)).RootElement;

        Assert.Equal(4, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), d => Assert.Equal(riverside.Childrens.Name, d.GetProperty("facility").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(1, facilities.ValueKind == JsonValueKind.Array ? facilities.GetArrayLength() : facilities.GetProperty("items").GetArrayLength());
    }
}
