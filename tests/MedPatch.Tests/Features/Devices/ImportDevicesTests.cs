using MedPatch.Core.Devices;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Devices;

public sealed class ImportDevicesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_canonical_csv_creates_devices_with_every_field_and_reference_row(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        var path = files.Rows(3);

        var result = await ImportFiles.ImportJsonAsync(database, path);

        Assert.Equal(3, result.GetProperty("created").GetInt32());
        Assert.Equal(0, result.GetProperty("failed").GetInt32());
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        await using var db = database.NewContext();
        var device = await db.Devices.AsNoTracking().SingleAsync(d => d.AssetTag == "LK00002", Ct);
        Assert.Equal("SN000002", device.SerialNumber);
        Assert.Equal("3.2", device.SoftwareVersion);
        Assert.Equal("10.1.0.3", device.IpAddress);
        Assert.Equal("00:1B:2C:3D:00:02", device.MacAddress);
        Assert.Equal("mon0002", device.Hostname);
        Assert.Equal(ClinicalCriticality.High, device.ClinicalCriticality);
        Assert.True(device.PatientConnected);
        Assert.False(device.StoresPhi);
        Assert.Equal(InServiceState.InService, device.InService);
        Assert.Equal("C-2", device.CmmsId);
        Assert.Equal("00840682000002", device.UdiDi);
        Assert.Equal(new DateOnly(2031, 6, 30), device.EndOfSupport);
        Assert.Equal(DateTimeKind.Utc, device.CreatedAt.Kind);
        var model = await db.DeviceModels.AsNoTracking().SingleAsync(Ct);
        Assert.Equal("CARESCAPE B650", model.Name);
        Assert.Equal(["B650-1", "B650-2", "B650-0"], model.ModelNumbers);
        var manufacturer = await db.Manufacturers.AsNoTracking().SingleAsync(Ct);
        Assert.Equal("ge healthcare", manufacturer.NormalizedName);
        var location = await db.Locations.AsNoTracking().SingleAsync(l => l.Id == device.LocationId, Ct);
        Assert.Equal(("ICU", "North", "2", "R002"), (location.Department, location.Building, location.Floor, location.Room));
        var segment = await db.NetworkSegments.AsNoTracking().SingleAsync(Ct);
        Assert.Equal("VLAN 30 Monitors", segment.Name);
        var facility = await db.Facilities.AsNoTracking().SingleAsync(Ct);
        Assert.Equal("Lakeside Hospital", facility.Name);
        Assert.Equal("Default health system", (await db.Organizations.AsNoTracking().SingleAsync(Ct)).Name);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reimporting_the_same_file_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        var path = files.Rows(25);
        await ImportFiles.ImportJsonAsync(database, path);
        var before = await ImportFiles.SnapshotAsync(database);

        var again = await ImportFiles.ImportJsonAsync(database, path);

        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(25, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(before, await ImportFiles.SnapshotAsync(database));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_changed_row_updates_only_that_device(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        await ImportFiles.ImportJsonAsync(database, files.Rows(5));
        var changed = ImportFiles.Header + "\n" + string.Join("\n", Enumerable.Range(1, 5).Select(i =>
            i == 4 ? ImportFiles.Row(i).Replace(",3.0,", ",4.1,", StringComparison.Ordinal).Replace(",high,", ",life-critical,", StringComparison.Ordinal) : ImportFiles.Row(i)));

        var result = await ImportFiles.ImportJsonAsync(database, files.Csv(changed, "changed.csv"));

        Assert.Equal((0, 1, 4), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()));
        await using var db = database.NewContext();
        var device = await db.Devices.AsNoTracking().SingleAsync(d => d.AssetTag == "LK00004", Ct);
        Assert.Equal("4.1", device.SoftwareVersion);
        Assert.Equal(ClinicalCriticality.LifeCritical, device.ClinicalCriticality);
        Assert.True(device.UpdatedAt >= device.CreatedAt);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Cmms_synonyms_and_aliases_resolve_to_existing_rows(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var seed = database.NewContext())
        {
            await TestInventory.SeedAsync(seed);
        }

        using var files = new ImportFiles();
        var path = files.Csv(
            "Asset #,S/N,Mfr,Model,SW Version,Dept,IP,MAC,Host Name,VLAN,Criticality,Location/Room\n" +
            "A00001,SN-0001,Hillrom,Sigma Spectrum,8.00.02,ICU,10.20.0.1,00-1a-2b-3c-4d-01,dev001,20,High,312\n" +
            "NEW-1,SN-9001,General Electric Healthcare,CARESCAPE B450,2.1,ED,10.20.9.1,,,,medium,\n");

        var result = await ImportFiles.ImportJsonAsync(database, path, "--facility", "Riverside General Hospital");

        Assert.Equal(0, result.GetProperty("failed").GetInt32());
        Assert.Equal((1, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        await using var db = database.NewContext();
        Assert.Equal(3, await db.Manufacturers.CountAsync(Ct));
        Assert.Equal(4, await db.DeviceModels.CountAsync(Ct));
        var updated = await db.Devices.AsNoTracking().SingleAsync(d => d.AssetTag == "A00001", Ct);
        Assert.Equal("8.00.02", updated.SoftwareVersion);
        var created = await db.Devices.AsNoTracking().SingleAsync(d => d.AssetTag == "NEW-1", Ct);
        var b450 = await db.DeviceModels.AsNoTracking().SingleAsync(m => m.Name == "CARESCAPE B450", Ct);
        Assert.Equal(b450.Id, created.DeviceModelId);
        Assert.Equal(ClinicalCriticality.Medium, created.ClinicalCriticality);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_explicit_map_names_and_ignores_columns(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        var path = files.Csv("Inventory Code,Maker,Product Line,Site Name,Remarks\nQ-1,Dräger,Evita V500,Harbor Clinic,spare\n");
        var json = files.Csv("{\"Inventory Code\": \"asset_tag\", \"Maker\": \"manufacturer\", \"Product Line\": \"model\", \"Site Name\": \"facility\", \"Remarks\": \"ignore\"}", "map.json");
        var csvMap = files.Csv("header,column\nInventory Code,asset_tag\nMaker,manufacturer\nProduct Line,model\nSite Name,facility\nRemarks,\n", "map.csv");

        var first = await ImportFiles.ImportJsonAsync(database, path, "--map", json);
        var second = await ImportFiles.ImportJsonAsync(database, path, "--map", csvMap);

        Assert.Equal(1, first.GetProperty("created").GetInt32());
        Assert.Equal(1, second.GetProperty("unchanged").GetInt32());
        await using var db = database.NewContext();
        Assert.Equal("Draeger".ToLowerInvariant(), (await db.Manufacturers.SingleAsync(Ct)).NormalizedName);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_dry_run_counts_but_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        var before = await ImportFiles.SnapshotAsync(database);

        var result = await ImportFiles.ImportJsonAsync(database, files.Rows(7), "--dry-run");

        Assert.Equal(7, result.GetProperty("created").GetInt32());
        Assert.True(result.GetProperty("dry_run").GetBoolean());
        Assert.False(result.GetProperty("committed").GetBoolean());
        Assert.Equal(before, await ImportFiles.SnapshotAsync(database));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Skip_invalid_imports_the_valid_rows_and_still_fails(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        var path = files.Csv(ImportFiles.Header + "\n" + ImportFiles.Row(1) + "\n" + ImportFiles.Row(2).Replace("10.1.0.3", "10.1.999.3", StringComparison.Ordinal) + "\n" + ImportFiles.Row(3) + "\n");

        var run = await CliRunner.RunAsync("import", "devices", path, "--skip-invalid", "--json", "--db", database.DbArgument);

        Assert.NotEqual(0, run.ExitCode);
        var result = System.Text.Json.JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal((2, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("failed").GetInt32()));
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("ip_address", error.GetProperty("column").GetString());
        Assert.Contains("10.1.999.3", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(2, await db.Devices.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_json_result_has_exactly_the_documented_shape(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();

        var result = await ImportFiles.ImportJsonAsync(database, files.Rows(1));

        var names = result.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["created", "updated", "unchanged", "failed", "errors", "file", "format", "dry_run", "committed"], names);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Rows_without_asset_tag_upsert_by_serial_and_manufacturer(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        await ImportFiles.ImportJsonAsync(database, files.Csv("serial_number,manufacturer,model,facility,software_version\nX1,Baxter Inc,Spectrum IQ,Hill Hospital,1.0\n", "a.csv"));

        var result = await ImportFiles.ImportJsonAsync(database, files.Csv("Serial No,Manufacturer Name,Model,Facility,Firmware\nX1,BAXTER,Spectrum IQ,Hill Hospital,1.1\n", "b.csv"));

        Assert.Equal((0, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        await using var db = database.NewContext();
        Assert.Equal("1.1", (await db.Devices.SingleAsync(Ct)).SoftwareVersion);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Batches_beyond_the_first_import_and_read_back_through_ef(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        var count = MedPatch.Features.Devices.ImportDevices.BatchSize + 321;

        var result = await ImportFiles.ImportJsonAsync(database, files.Rows(count));

        Assert.Equal(count, result.GetProperty("created").GetInt32());
        await using var db = database.NewContext();
        Assert.Equal(count, await db.Devices.CountAsync(Ct));
        var last = await db.Devices.AsNoTracking().SingleAsync(d => d.AssetTag == $"LK{count:D5}", Ct);
        Assert.Equal(new DateOnly(2031, 6, 30), last.EndOfSupport);
        Assert.NotNull(last.LocationId);
        Assert.Equal(await db.NetworkSegments.Select(s => s.Id).SingleAsync(Ct), last.NetworkSegmentId);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Xlsx_imports_like_csv(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        var header = ImportFiles.Header.Split(',');
        var path = files.Xlsx([header, ImportFiles.Row(1).Split(','), ImportFiles.Row(2).Split(',')]);

        var result = await ImportFiles.ImportJsonAsync(database, path);

        Assert.Equal(2, result.GetProperty("created").GetInt32());
        Assert.Equal("xlsx", result.GetProperty("format").GetString());
        Assert.Equal(2, result.GetProperty("unchanged").GetInt32() + (await ImportFiles.ImportJsonAsync(database, files.Rows(2))).GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task The_readable_summary_counts_and_lists_errors_as_file_row_column()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        using var files = new ImportFiles();
        var path = files.Csv(ImportFiles.Header + "\n" + ImportFiles.Row(1).Replace(",yes,no,", ",maybe,no,", StringComparison.Ordinal) + "\n");

        var run = await CliRunner.RunAsync("import", "devices", path, "--db", database.DbArgument);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("0 created, 0 updated, 0 unchanged, 1 failed", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{path}:2:patient_connected: 'maybe' is not yes or no", run.Error, StringComparison.Ordinal);
    }
}
