using MedPatch.Core.Organizations;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Segments;

/// <summary>
/// <see cref="TestInventory"/> (ten devices on "VLAN 20 Clinical", controlled) plus an unassessed segment without
/// devices, and optionally a second health system with a segment of the same name.
/// </summary>
internal sealed record SegmentSeed(TestInventory Inventory, NetworkSegment Guest, Organization? Other, NetworkSegment? OtherClinical)
{
    public const string ClinicalName = "VLAN 20 Clinical";

    public static async Task<SegmentSeed> CreateAsync(TestDatabase database, bool withOtherOrganization = false)
    {
        await using var db = database.NewContext();
        var inventory = await TestInventory.SeedAsync(db);
        var guest = new NetworkSegment { OrganizationId = inventory.Organization.Id, Name = "Guest Wi-Fi", Cidr = "10.99.0.0/16" };
        db.NetworkSegments.Add(guest);
        Organization? other = null;
        NetworkSegment? otherClinical = null;
        if (withOtherOrganization)
        {
            other = new Organization { Name = "Hilltop Health" };
            otherClinical = new NetworkSegment { OrganizationId = other.Id, Name = ClinicalName, VlanId = 20, Exposure = SegmentExposure.Small };
            db.AddRange(other, otherClinical);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new SegmentSeed(inventory, guest, other, otherClinical);
    }
}
