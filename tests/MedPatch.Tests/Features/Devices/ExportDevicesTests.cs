using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Devices;

public sealed class ExportDevicesTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_export_reimports_with_zero_changes_as_csv_and_xlsx(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        using var files = new ImportFiles();
        await ImportFiles.ImportJsonAsync(database, files.Rows(4));
        var before = await ImportFiles.SnapshotAsync(database);

        foreach (var format in new[] { "csv", "xlsx" })
        {
            var path = files.Path_("export." + format);
            var export = await CliRunner.RunAsync("export", "devices", "--format", format, path, "--db", database.DbArgument);
            Assert.Equal(0, export.ExitCode);
            Assert.Contains("14 device(s)", export.Output, StringComparison.Ordinal);

            var result = await ImportFiles.ImportJsonAsync(database, path);

            Assert.Equal((0, 0, 14), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()));
            Assert.Equal(before, await ImportFiles.SnapshotAsync(database));
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Formula_like_cells_are_neutralised_and_still_round_trip(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        await ImportFiles.ImportJsonAsync(database, files.Csv("asset_tag,manufacturer,model,facility,hostname,cmms_id\n=cmd|' /C calc'!A0,Acme,@Pump,+Ward,-host,\"=HYPERLINK(\"\"x\"\")\"\n"));
        var before = await ImportFiles.SnapshotAsync(database);
        var path = files.Path_("export.csv");

        await CliRunner.RunAsync("export", "devices", "--format", "csv", path, "--facility", "+Ward", "--db", database.DbArgument);

        var line = File.ReadAllLines(path)[1];
        Assert.StartsWith("'=cmd", line, StringComparison.Ordinal);
        Assert.Contains(",'@Pump,", line, StringComparison.Ordinal);
        Assert.Contains(",'+Ward,", line, StringComparison.Ordinal);
        Assert.Contains(",'-host,", line, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(", line, StringComparison.Ordinal);
        var again = await ImportFiles.ImportJsonAsync(database, path);
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(before, await ImportFiles.SnapshotAsync(database));
        await using var db = database.NewContext();
        Assert.Equal("=cmd|' /C calc'!A0", (await db.Devices.SingleAsync(TestContext.Current.CancellationToken)).AssetTag);
    }
}
