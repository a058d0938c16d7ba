using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MedPatch.Data;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Devices;

/// <summary>Import files written by the tests into a private temp folder, and snapshots of the device table.</summary>
public sealed class ImportFiles : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public const string Header = "asset_tag,serial_number,manufacturer,model,model_number,software_version,facility,department,building,floor,room,ip_address,mac_address,hostname,network_segment,clinical_criticality,patient_connected,stores_phi,in_service,cmms_id,udi_di,end_of_support";

    private readonly string folder = Directory.CreateTempSubdirectory("medpatch-import-").FullName;

    public static string Row(int i, string facility = "Lakeside Hospital") =>
        $"LK{i:D5},SN{i:D6},GE Healthcare Inc.,CARESCAPE B650,B650-{i % 3},3.{i % 4},{facility},ICU,North,{i % 5},R{i:D3},10.1.{i / 250}.{(i % 250) + 1},00:1B:2C:3D:{i / 256 % 256:X2}:{i % 256:X2},mon{i:D4},VLAN 30 Monitors,high,yes,no,in_service,C-{i},00840682{i:D6},2031-06-30";

    public string Csv(string text, string name = "devices.csv")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string Bytes(byte[] bytes, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Path_(string name) => Path.Combine(folder, name);

    public string Rows(int count, string name = "devices.csv") =>
        Csv(Header + "\n" + string.Join("\n", Enumerable.Range(1, count).Select(i => Row(i))) + "\n", name);

    /// <summary>An XLSX with the given rows; a cell starting with '=' becomes a formula.</summary>
    public string Xlsx(IReadOnlyList<IReadOnlyList<string>> rows, string name = "devices.xlsx")
    {
        var path = Path.Combine(folder, name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var value = rows[r][c];
                var reference = MedPatch.Core.Inventory.HeaderMap.ColumnLetter(c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                row.Append(value.StartsWith('=')
                    ? new Cell { CellReference = reference, CellFormula = new CellFormula(value[1..]), CellValue = new CellValue("0") }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
            }

            data.Append(row);
        }

        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
        return path;
    }

    public static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var devices = await db.Devices.AsNoTracking().OrderBy(d => d.AssetTag).ThenBy(d => d.SerialNumber).ToListAsync(Ct);
        var models = await db.DeviceModels.AsNoTracking().OrderBy(m => m.Name).ToListAsync(Ct);
        var counts = new[]
        {
            await db.Facilities.CountAsync(Ct), await db.Manufacturers.CountAsync(Ct), await db.Locations.CountAsync(Ct),
            await db.NetworkSegments.CountAsync(Ct), await db.Organizations.CountAsync(Ct),
        };
        return JsonSerializer.Serialize(new { devices, models, counts });
    }

    public static async Task<JsonElement> ImportJsonAsync(TestDatabase database, params string[] args)
    {
        var result = await CliRunner.RunAsync(["import", "devices", .. args, "--json", "--db", database.DbArgument]);
        Assert.True(result.Output.Length > 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, true);
        }
        catch (IOException)
        {
            // Left in the temp folder; the result stands.
        }
    }
}
