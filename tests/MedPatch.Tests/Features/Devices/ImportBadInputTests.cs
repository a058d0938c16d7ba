using System.Text;
using System.Text.Json;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Features.Devices;

/// <summary>Every bad file gives errors naming row and column, a non-zero exit, and the database as before.</summary>
public sealed class ImportBadInputTests
{
    private static readonly string Good = ImportFiles.Header + "\n" + ImportFiles.Row(1) + "\n";

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_csv_files_are_rejected_with_row_and_column_and_change_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        using var files = new ImportFiles();
        var h = ImportFiles.Header;
        var r = ImportFiles.Row;
        var cases = new (string Path, int Row, string Column)[]
        {
            (files.Csv(h + "\n" + r(1) + "\n\"LK2,SN2,GE,B650\n" + r(3) + "\n", "quote.csv"), 3, "asset_tag"),
            (files.Csv(h + "\n" + r(1) + "\nLK2,SN2,GE\n", "ragged.csv"), 3, "model"),
            (files.Csv(h + ",Colour\n" + r(1) + ",red\n", "unknown.csv"), 1, "Colour"),
            (files.Csv("asset_tag,model,facility\nA,B,C\n", "missing.csv"), 1, "manufacturer"),
            (files.Csv(h + "\n" + r(1) + "\n" + r(1) + "\n", "duplicate.csv"), 3, "asset_tag"),
            (files.Csv(h + "\n" + r(1).Replace("10.1.0.2", "10.1.0.256", StringComparison.Ordinal) + "\n", "ip.csv"), 2, "ip_address"),
            (files.Csv(h + "\n" + r(1).Replace("00:1B:2C:3D:00:01", "00:1B:2C:3D:00", StringComparison.Ordinal) + "\n", "mac.csv"), 2, "mac_address"),
            (files.Csv(h + "\n" + r(1).Replace("2031-06-30", "30/06/2031", StringComparison.Ordinal) + "\n", "date.csv"), 2, "end_of_support"),
            (files.Csv(h + "\n" + r(1).Replace(",yes,no,", ",often,no,", StringComparison.Ordinal) + "\n", "bool.csv"), 2, "patient_connected"),
            (files.Csv(h + "\n" + r(1).Replace(",high,", ",severe,", StringComparison.Ordinal) + "\n", "criticality.csv"), 2, "clinical_criticality"),
            (files.Csv(h + "\n" + r(1) + "\n" + r(2).Replace("LK00002", "\"LK00002", StringComparison.Ordinal), "truncated.csv"), 3, "asset_tag"),
            (files.Bytes([.. Encoding.UTF8.GetBytes(h + "\n" + r(1) + "\n"), .. Encoding.UTF8.GetBytes(r(2))[..10], 0xC3, 0x28, .. Encoding.UTF8.GetBytes(r(2))[10..]], "encoding.csv"), 3, "serial_number"),
        };

        foreach (var (path, row, column) in cases)
        {
            await AssertRejectedAsync(database, path, row, column);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_workbooks_and_fhir_files_are_rejected_and_change_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        var header = ImportFiles.Header.Split(',');
        var formulaRow = ImportFiles.Row(2).Split(',');
        formulaRow[5] = "=1+2";
        var xlsx = files.Xlsx([header, ImportFiles.Row(1).Split(','), formulaRow]);
        var whole = File.ReadAllBytes(xlsx);
        var truncatedXlsx = files.Bytes(whole[..(whole.Length / 2)], "truncated.xlsx");
        var device = FhirFiles.Device("F-1", "Baxter", "Sigma Spectrum");
        var wrongType = files.Csv(FhirFiles.Bundle(device, "{\"resourceType\":\"Patient\",\"id\":\"p1\"}"), "wrong.json");
        var truncatedJson = files.Csv(FhirFiles.Bundle(device)[..40], "truncated.json");
        var truncatedNdjson = files.Csv(device + "\n" + device.Replace("F-1", "F-2", StringComparison.Ordinal)[..30] + "\n", "truncated.ndjson");

        await AssertRejectedAsync(database, xlsx, 3, "software_version", "F3");
        await AssertRejectedAsync(database, truncatedXlsx, 0, "(file)");
        await AssertRejectedAsync(database, wrongType, 2, "resourceType", "Patient");
        await AssertRejectedAsync(database, truncatedJson, 1, "(json)");
        await AssertRejectedAsync(database, truncatedNdjson, 2, "(json)");
    }

    [Fact]
    public async Task A_utf16_file_with_bom_and_a_utf8_bom_are_accepted()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        using var files = new ImportFiles();
        var utf16 = files.Bytes(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Good.Replace("Lakeside", "Läkeside", StringComparison.Ordinal))).ToArray(), "utf16.csv");
        var bom = files.Bytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Good)).ToArray(), "bom.csv");

        var first = await ImportFiles.ImportJsonAsync(database, utf16);
        var second = await ImportFiles.ImportJsonAsync(database, bom);

        Assert.Equal(1, first.GetProperty("created").GetInt32());
        Assert.Equal(1, second.GetProperty("created").GetInt32());
    }

    private static async Task AssertRejectedAsync(TestDatabase database, string path, int row, string column, string? messagePart = null)
    {
        var before = await ImportFiles.SnapshotAsync(database);

        var run = await CliRunner.RunAsync("import", "devices", path, "--json", "--db", database.DbArgument);

        Assert.True(run.ExitCode != 0, $"{Path.GetFileName(path)} was accepted");
        var errors = JsonDocument.Parse(run.Output).RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.True(
            errors.Any(e => e.GetProperty("row").GetInt32() == row && e.GetProperty("column").GetString()!.Contains(column, StringComparison.Ordinal) &&
                            (messagePart is null || e.GetProperty("message").GetString()!.Contains(messagePart, StringComparison.Ordinal))),
            $"{Path.GetFileName(path)}: expected row {row} column {column}, got {run.Output}");
        Assert.Equal(before, await ImportFiles.SnapshotAsync(database));
    }
}
