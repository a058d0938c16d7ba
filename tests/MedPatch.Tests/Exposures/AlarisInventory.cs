using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Organizations;
using MedPatch.Data;

namespace MedPatch.Tests.Exposures;

/// <summary>
/// Three BD Alaris pumps for ICSMA-20-317-01 (Alaris PC Unit Model 8015, versions &lt;= 9.33.1): one in range, one
/// past the range and one whose version nobody recorded.
/// </summary>
internal static class AlarisInventory
{
    public const string InRange = "ALR-001";
    public const string OutOfRange = "ALR-002";
    public const string Unknown = "ALR-003";

    public static async Task SeedAsync(MedPatchDbContext db)
    {
        var org = new Organization { Name = "Lakeside Health" };
        var hospital = new Facility { OrganizationId = org.Id, Name = "Lakeside General", Code = "LG" };
        var bd = new Manufacturer { Name = "Becton, Dickinson and Company", NormalizedName = ManufacturerName.Normalize("Becton, Dickinson and Company") };
        bd.Aliases.Add(new ManufacturerAlias { ManufacturerId = bd.Id, Name = "BD", NormalizedName = ManufacturerName.Normalize("BD") });
        var alaris = new DeviceModel
        {
            ManufacturerId = bd.Id,
            Name = "Alaris System",
            NormalizedName = ModelName.Normalize("Alaris System"),
            DeviceType = "Infusion pump",
            ModelNumbers = ["8015"],
        };
        var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Device Pump(string tag, string? version) => new()
        {
            OrganizationId = org.Id,
            FacilityId = hospital.Id,
            DeviceModelId = alaris.Id,
            AssetTag = tag,
            SoftwareVersion = version,
            ClinicalCriticality = ClinicalCriticality.High,
            PatientConnected = true,
            StoresPhi = false,
            CreatedAt = at,
            UpdatedAt = at,
        };

        db.AddRange(org, hospital, bd, alaris, Pump(InRange, "9.19"), Pump(OutOfRange, "12.1.2"), Pump(Unknown, null));
        await db.SaveChangesAsync();
    }
}
