using System.Text.Json;
using MedPatch.Core.Devices;
using MedPatch.Core.Exposures;
using MedPatch.Core.Organizations;
using MedPatch.Tests.Api;
using MedPatch.Tests.Exposures;
using MedPatch.Tests.Intelligence;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Ui;

/// <summary>
/// The Alaris pumps of <see cref="AlarisInventory"/> plus a second facility with two more pumps in range (one past
/// end of support) and one past it, matched against the real ICSMA-20-317-01 through <c>medpatch match</c>. The
/// unknown-version pump's possible match is then set aside as a false positive, so one exposure is not unmitigated.
/// </summary>
internal sealed class ExposureTestData : IAsyncDisposable
{
    public const string Cve = "CVE-2020-25165";
    public const string Advisory = "ICSMA-20-317-01";
    public const string ClinicInRange = "ALR-101";
    public const string ClinicUnsupported = "ALR-102";
    public const string ClinicOutOfRange = "ALR-103";
    public const string FalsePositiveReason = "Pump retired to storage, never networked";

    private ExposureTestData(TestDatabase database, Guid organizationId, Guid general, Guid clinic, Guid modelId, IReadOnlyDictionary<string, Guid> devices)
    {
        Database = database;
        OrganizationId = organizationId;
        General = general;
        Clinic = clinic;
        ModelId = modelId;
        Devices = devices;
    }

    public TestDatabase Database { get; }

    public Guid OrganizationId { get; }

    /// <summary>Lakeside General, with the three pumps of <see cref="AlarisInventory"/>.</summary>
    public Guid General { get; }

    /// <summary>Lakeside Clinic, with <see cref="ClinicInRange"/>, <see cref="ClinicUnsupported"/> and <see cref="ClinicOutOfRange"/>.</summary>
    public Guid Clinic { get; }

    /// <summary>The Alaris System model.</summary>
    public Guid ModelId { get; }

    public IReadOnlyDictionary<string, Guid> Devices { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ExposureTestData> CreateAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        Guid organizationId, general, clinic, modelId;
        await using (var db = database.NewContext())
        {
            await AlarisInventory.SeedAsync(db);
            var organization = await db.Organizations.SingleAsync(Ct);
            var lakeside = await db.Facilities.SingleAsync(Ct);
            var model = await db.DeviceModels.SingleAsync(Ct);
            var facility = new Facility { OrganizationId = organization.Id, Name = "Lakeside Clinic", Code = "LC" };

            // Segments give the pumps different SSVC System Exposure, so the decisions differ between them.
            var guest = new NetworkSegment { OrganizationId = organization.Id, Name = "Guest Wi-Fi", Exposure = SegmentExposure.Open };
            var isolated = new NetworkSegment { OrganizationId = organization.Id, Name = "Isolated pump VLAN", Exposure = SegmentExposure.Small };
            var inRange = await db.Devices.SingleAsync(d => d.AssetTag == AlarisInventory.InRange, Ct);
            inRange.NetworkSegmentId = guest.Id;
            var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            Device Pump(string tag, string version, DateOnly? endOfSupport, Guid? segment = null) => new()
            {
                OrganizationId = organization.Id,
                FacilityId = facility.Id,
                DeviceModelId = model.Id,
                AssetTag = tag,
                SoftwareVersion = version,
                EndOfSupport = endOfSupport,
                NetworkSegmentId = segment,
                ClinicalCriticality = ClinicalCriticality.Medium,
                PatientConnected = true,
                CreatedAt = at,
                UpdatedAt = at,
            };

            db.AddRange(
                facility,
                guest,
                isolated,
                Pump(ClinicInRange, "9.33.1", null, isolated.Id),
                Pump(ClinicUnsupported, "9.5", new DateOnly(2020, 1, 1)),
                Pump(ClinicOutOfRange, "12.0", null));
            await db.SaveChangesAsync(Ct);
            (organizationId, general, clinic, modelId) = (organization.Id, lakeside.Id, facility.Id, model.Id);
        }

        Assert.Equal(1, (await ImportCli.ImportAdvisoriesAsync(database, SharedData.Require("csaf/cisa-icsma/icsma-20-317-01.json"))).Int("imported"));
        var (exit, _, error) = await ImportCli.RunJsonAsync(database, "match", "--full");
        Assert.True(exit == 0, error);

        await using (var db = database.NewContext())
        {
            var unknown = await db.Exposures.SingleAsync(e => e.DeviceId == db.Devices.Single(d => d.AssetTag == AlarisInventory.Unknown).Id, Ct);
            unknown.Status = ExposureStatus.FalsePositive;
            unknown.TriageReason = FalsePositiveReason;
            unknown.TriagedBy = "analyst@lakeside.example";
            unknown.TriagedAt = new DateTime(2026, 2, 1, 9, 0, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync(Ct);
            var devices = await db.Devices.AsNoTracking().ToDictionaryAsync(d => d.AssetTag!, d => d.Id, StringComparer.Ordinal, Ct);
            return new ExposureTestData(database, organizationId, general, clinic, modelId, devices);
        }
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    /// <summary>The API's items for a query string, all pages in one.</summary>
    public static async Task<List<JsonElement>> ApiItemsAsync(HttpClient client, string query)
    {
        var page = await client.JsonAsync("/api/v1/exposures?page_size=500" + (query.Length > 0 ? "&" + query : string.Empty));
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public static async Task<int> ApiTotalAsync(HttpClient client, string query) =>
        (await client.JsonAsync("/api/v1/exposures" + (query.Length > 0 ? "?" + query : string.Empty))).GetProperty("total").GetInt32();
}
