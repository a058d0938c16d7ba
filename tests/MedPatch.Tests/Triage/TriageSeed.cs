using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;
using MedPatch.Tests.Exposures;
using MedPatch.Tests.Intelligence;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Triage;

/// <summary>
/// <see cref="AlarisInventory"/> plus two more pumps whose version nobody recorded, one of them at a second facility,
/// matched against the real ICSMA-20-317-01: the pump in range is a high-confidence match (not queued); the three
/// unknown versions are low-confidence "possible" matches that wait for triage.
/// </summary>
internal sealed record TriageSeed(Guid OrganizationId, Guid GeneralId, Guid ClinicId, IReadOnlyDictionary<string, Guid> Exposures)
{
    public const string Cve = "CVE-2020-25165";
    public const string General = "Lakeside General";
    public const string Clinic = "Lakeside Clinic";

    /// <summary>Unknown version at the clinic.</summary>
    public const string ClinicPump = "ALR-004";

    /// <summary>Unknown version at the general hospital.</summary>
    public const string SparePump = "ALR-005";

    public static IReadOnlyList<string> Queued { get; } = [AlarisInventory.Unknown, ClinicPump, SparePump];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TriageSeed> CreateAsync(TestDatabase database)
    {
        Guid organizationId, generalId, clinicId;
        await using (var db = database.NewContext())
        {
            await AlarisInventory.SeedAsync(db);
            var pump = await db.Devices.AsNoTracking().SingleAsync(d => d.AssetTag == AlarisInventory.Unknown, Ct);
            var clinic = new Facility { OrganizationId = pump.OrganizationId, Name = Clinic, Code = "LC" };
            db.Add(clinic);
            db.AddRange(Copy(pump, ClinicPump, clinic.Id), Copy(pump, SparePump, pump.FacilityId));
            await db.SaveChangesAsync(Ct);
            (organizationId, generalId, clinicId) = (pump.OrganizationId, pump.FacilityId, clinic.Id);
        }

        Assert.Equal(1, (await ImportCli.ImportAdvisoriesAsync(database, SharedData.Require("csaf/cisa-icsma/icsma-20-317-01.json"))).Int("imported"));
        await MatchAsync(database);
        return new TriageSeed(organizationId, generalId, clinicId, await ExposureIdsAsync(database));
    }

    public static async Task MatchAsync(TestDatabase database)
    {
        var (exit, _, error) = await ImportCli.RunJsonAsync(database, "match", "--full");
        Assert.True(exit == 0, error);
    }

    /// <summary>Exposure id by asset tag: the seed has one vulnerability, so one exposure per exposed device.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> ExposureIdsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var rows = await db.Exposures.AsNoTracking().Join(db.Devices, e => e.DeviceId, d => d.Id, (e, d) => new { d.AssetTag, e.Id, e.Cve })
            .ToListAsync(Ct);
        Assert.All(rows, r => Assert.Equal(Cve, r.Cve));
        return rows.ToDictionary(r => r.AssetTag!, r => r.Id, StringComparer.Ordinal);
    }

    private static Device Copy(Device pump, string tag, Guid facilityId) => new()
    {
        OrganizationId = pump.OrganizationId,
        FacilityId = facilityId,
        DeviceModelId = pump.DeviceModelId,
        AssetTag = tag,
        SoftwareVersion = null,
        ClinicalCriticality = pump.ClinicalCriticality,
        PatientConnected = pump.PatientConnected,
        StoresPhi = pump.StoresPhi,
        CreatedAt = pump.CreatedAt,
        UpdatedAt = pump.UpdatedAt,
    };
}
