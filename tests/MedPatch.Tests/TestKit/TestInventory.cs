using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Organizations;
using MedPatch.Data;

namespace MedPatch.Tests.TestKit;

/// <summary>
/// A small, fixed inventory for tests: one health system, two hospitals, three manufacturers (one with aliases),
/// four models (one past end of support, one with no date) and ten devices. Values never change between runs.
/// </summary>
public sealed class TestInventory
{
    public static readonly DateOnly PastEndOfSupport = new(2020, 12, 31);
    public static readonly DateOnly FutureEndOfSupport = new(2099, 12, 31);

    public required Organization Organization { get; init; }
    public required Facility General { get; init; }
    public required Facility Childrens { get; init; }
    public required NetworkSegment ClinicalVlan { get; init; }
    public required Manufacturer Baxter { get; init; }
    public required Manufacturer GeHealthCare { get; init; }
    public required Manufacturer Draeger { get; init; }

    /// <summary>Baxter Sigma Spectrum infusion pump, end of support in the past.</summary>
    public required DeviceModel SigmaSpectrum { get; init; }

    /// <summary>GE CARESCAPE B450 patient monitor, supported.</summary>
    public required DeviceModel CarescapeB450 { get; init; }

    /// <summary>Dräger Evita V500 ventilator, supported.</summary>
    public required DeviceModel EvitaV500 { get; init; }

    /// <summary>GE Vivid E95 ultrasound with no support date (unknown).</summary>
    public required DeviceModel VividE95 { get; init; }

    public required IReadOnlyList<Device> Devices { get; init; }

    public static async Task<TestInventory> SeedAsync(MedPatchDbContext db)
    {
        var org = new Organization { Name = "Riverside Health" };
        var general = new Facility { OrganizationId = org.Id, Name = "Riverside General Hospital", Code = "RGH" };
        var childrens = new Facility { OrganizationId = org.Id, Name = "Riverside Children's Hospital", Code = "RCH" };
        var icu = new Location { FacilityId = general.Id, Department = "ICU", Building = "Main", Floor = "3", Room = "312", Key = Location.KeyOf("ICU", "Main", "3", "312") };
        var vlan = new NetworkSegment { OrganizationId = org.Id, Name = "VLAN 20 Clinical", VlanId = 20, Exposure = SegmentExposure.Controlled };
        var baxter = new Manufacturer
        {
            Name = "Baxter",
            NormalizedName = ManufacturerName.Normalize("Baxter"),
            PsirtContact = "productsecurity@baxter.com",
        };
        baxter.Aliases.Add(new ManufacturerAlias { ManufacturerId = baxter.Id, Name = "Hillrom", NormalizedName = ManufacturerName.Normalize("Hillrom") });
        baxter.Channels.Add(new NotificationChannel { ManufacturerId = baxter.Id, Kind = ChannelKind.SecurityWebPage, Address = "https://www.baxter.com/product-security" });
        var ge = new Manufacturer { Name = "GE HealthCare", NormalizedName = ManufacturerName.Normalize("GE HealthCare") };
        ge.Aliases.Add(new ManufacturerAlias { ManufacturerId = ge.Id, Name = "General Electric Healthcare", NormalizedName = ManufacturerName.Normalize("General Electric Healthcare") });
        var draeger = new Manufacturer { Name = "Dräger", NormalizedName = ManufacturerName.Normalize("Dräger") };

        var spectrum = Model(baxter, "Sigma Spectrum", "Infusion pump", PastEndOfSupport, "35700BAX2");
        var b450 = Model(ge, "CARESCAPE B450", "Patient monitor", FutureEndOfSupport, "B450");
        var evita = Model(draeger, "Evita V500", "Ventilator", FutureEndOfSupport, "8419000");
        var vivid = Model(ge, "Vivid E95", "Ultrasound", null);
        spectrum.PatchPolicy.ManufacturerMustInstall = true;
        b450.PatchPolicy.CustomerMayInstall = true;

        var devices = new List<Device>();
        for (var i = 1; i <= 10; i++)
        {
            var model = (i % 4) switch { 0 => vivid, 1 => spectrum, 2 => b450, _ => evita };
            var facility = i <= 6 ? general : childrens;
            devices.Add(new Device
            {
                OrganizationId = org.Id,
                FacilityId = facility.Id,
                LocationId = facility == general ? icu.Id : null,
                DeviceModelId = model.Id,
                AssetTag = $"A{i:D5}",
                SerialNumber = $"SN-{i:D4}",
                SoftwareVersion = model == spectrum ? "8.00.01" : "2.1",
                IpAddress = $"10.20.0.{i}",
                MacAddress = $"00:1A:2B:3C:4D:{i:X2}",
                Hostname = $"dev{i:D3}",
                NetworkSegmentId = vlan.Id,
                ClinicalCriticality = model == evita ? ClinicalCriticality.LifeCritical : ClinicalCriticality.High,
                PatientConnected = model != vivid,
                StoresPhi = model == b450,
                CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            });
        }

        db.AddRange(org, general, childrens, icu, vlan, baxter, ge, draeger, spectrum, b450, evita, vivid);
        db.AddRange(devices);
        await db.SaveChangesAsync();
        return new TestInventory
        {
            Organization = org,
            General = general,
            Childrens = childrens,
            ClinicalVlan = vlan,
            Baxter = baxter,
            GeHealthCare = ge,
            Draeger = draeger,
            SigmaSpectrum = spectrum,
            CarescapeB450 = b450,
            EvitaV500 = evita,
            VividE95 = vivid,
            Devices = devices,
        };
    }

    private static DeviceModel Model(Manufacturer manufacturer, string name, string type, DateOnly? endOfSupport, params string[] numbers) => new()
    {
        ManufacturerId = manufacturer.Id,
        Name = name,
        NormalizedName = ModelName.Normalize(name),
        DeviceType = type,
        EndOfSupport = endOfSupport,
        ModelNumbers = [.. numbers],
    };
}
