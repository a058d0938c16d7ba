using MedPatch.Core.Devices;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Devices;

public sealed class ImportFhirTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_fhir_bundle_and_the_same_devices_as_ndjson_import_once(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        var devices = new[] { FhirFiles.Device("F-1", "Baxter", "Sigma Spectrum"), FhirFiles.Device("F-2", "Dräger", "Evita V500", "inactive") };
        var bundle = files.Csv(FhirFiles.Bundle(devices), "devices.json");
        var ndjson = files.Csv(string.Join("\n", devices) + "\n", "devices.ndjson");

        var first = await ImportFiles.ImportJsonAsync(database, bundle);
        var second = await ImportFiles.ImportJsonAsync(database, ndjson);

        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(2, second.GetProperty("unchanged").GetInt32());
        await using var db = database.NewContext();
        var evita = await db.Devices.AsNoTracking().SingleAsync(d => d.AssetTag == "F-2", TestContext.Current.CancellationToken);
        Assert.Equal(InServiceState.OutOfService, evita.InService);
        Assert.Equal("S-F-2", evita.SerialNumber);
        Assert.Equal("9.1", evita.SoftwareVersion);
        var model = await db.DeviceModels.AsNoTracking().SingleAsync(m => m.Id == evita.DeviceModelId, TestContext.Current.CancellationToken);
        Assert.Equal(["MN-7"], model.ModelNumbers);
    }
}
