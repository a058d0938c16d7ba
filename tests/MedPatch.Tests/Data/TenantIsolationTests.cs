using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;
using MedPatch.Core.Security;
using MedPatch.Data;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Data;

/// <summary>The data layer itself keeps tenants and facilities apart, whatever a feature forgets to check.</summary>
public sealed class TenantIsolationTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_tenant_sees_only_its_own_organization_facilities_segments_and_devices(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var (riverside, other, otherDevice) = await SeedTwoTenantsAsync(database);
        await using var db = Scoped(database, TenantScope.For(riverside.Organization.Id));
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal([riverside.Organization.Id], await db.Organizations.Select(o => o.Id).ToListAsync(ct));
        Assert.Equal(2, await db.Facilities.CountAsync(ct));
        Assert.Equal(10, await db.Devices.CountAsync(ct));
        Assert.All(await db.NetworkSegments.ToListAsync(ct), s => Assert.Equal(riverside.Organization.Id, s.OrganizationId));
        Assert.Null(await db.Devices.FirstOrDefaultAsync(d => d.Id == otherDevice.Id, ct));
        Assert.Null(await db.Facilities.FirstOrDefaultAsync(f => f.OrganizationId == other.Id, ct));

        // The catalog describes products, not hospitals: it is shared.
        Assert.Equal(4, await db.DeviceModels.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_user_limited_to_one_facility_sees_only_its_devices(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var (riverside, _, _) = await SeedTwoTenantsAsync(database);
        await using var db = Scoped(database, TenantScope.For(riverside.Organization.Id, [riverside.Childrens.Id]));
        var ct = TestContext.Current.CancellationToken;

        var tags = await db.Devices.OrderBy(d => d.AssetTag).Select(d => d.AssetTag).ToListAsync(ct);

        Assert.Equal(["A00007", "A00008", "A00009", "A00010"], tags);
        Assert.Equal([riverside.Childrens.Name], await db.Facilities.Select(f => f.Name).ToListAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_operator_scope_sees_every_tenant(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedTwoTenantsAsync(database);
        await using var db = database.NewContext();

        Assert.Equal(11, await db.Devices.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.Organizations.CountAsync(TestContext.Current.CancellationToken));
    }

    private static MedPatchDbContext Scoped(TestDatabase database, TenantScope scope)
    {
        var options = new DbContextOptionsBuilder<MedPatchDbContext>();
        DatabaseSetup.Configure(options, database.Settings);
        return new MedPatchDbContext(options.Options, scope);
    }

    private static async Task<(TestInventory Riverside, Organization Other, Device OtherDevice)> SeedTwoTenantsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var riverside = await TestInventory.SeedAsync(db);
        var other = new Organization { Name = "Hilltop Health" };
        var hilltop = new Facility { OrganizationId = other.Id, Name = "Hilltop Hospital" };
        var segment = new NetworkSegment { OrganizationId = other.Id, Name = "VLAN 20 Clinical" };
        var device = new Device
        {
            OrganizationId = other.Id,
            FacilityId = hilltop.Id,
            DeviceModelId = riverside.CarescapeB450.Id,
            AssetTag = "A00001",
            NetworkSegmentId = segment.Id,
            CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        db.AddRange(other, hilltop, segment, device);
        await db.SaveChangesAsync();
        return (riverside, other, device);
    }
}
