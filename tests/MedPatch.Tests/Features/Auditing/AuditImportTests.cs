using System.Text.Json;
using MedPatch.Core.Auditing;
using MedPatch.Tests.Features.Devices;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Auditing;

public sealed class AuditImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<AuditRecord>> RecordsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.AuditRecords.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(Ct);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_import_records_each_created_and_updated_device_and_the_import_itself(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        await ImportFiles.ImportJsonAsync(database, files.Rows(12, "first.csv"));

        var afterFirst = await RecordsAsync(database);
        var created = afterFirst.Where(r => r.EntityType == "device" && r.Action == "created").ToList();
        Assert.Equal(12, created.Count);
        Assert.Contains(created, r => JsonDocument.Parse(r.After!).RootElement.GetProperty("asset_tag").GetString() == "LK00007");
        Assert.All(created, r => Assert.NotNull(r.OrganizationId));
        // The reference rows the import created (organization, facility, manufacturer, model, …) are audited too.
        Assert.Contains(afterFirst, r => r.EntityType == "facility" && r.Action == "created");
        var first = Assert.Single(afterFirst, r => r.EntityType == "device_import");
        Assert.Equal("imported", first.Action);
        var summary = JsonDocument.Parse(first.After!).RootElement;
        Assert.Equal("first.csv", summary.GetProperty("file").GetString());
        Assert.Equal("csv", summary.GetProperty("format").GetString());
        Assert.Equal(12, summary.GetProperty("created").GetInt32());
        Assert.Equal(afterFirst[^1].Sequence, first.Sequence);

        var changed = ImportFiles.Header + "\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i =>
            i == 5 ? ImportFiles.Row(i).Replace(",3.1,", ",4.0,", StringComparison.Ordinal) : ImportFiles.Row(i))) + "\n";
        var second = await ImportFiles.ImportJsonAsync(database, files.Csv(changed, "second.csv"));
        Assert.Equal(1, second.GetProperty("updated").GetInt32());

        var afterSecond = (await RecordsAsync(database)).Skip(afterFirst.Count).ToList();
        var update = Assert.Single(afterSecond, r => r.EntityType == "device");
        Assert.Equal("updated", update.Action);
        Assert.Equal("3.1", JsonDocument.Parse(update.Before!).RootElement.GetProperty("software_version").GetString());
        Assert.Equal("4.0", JsonDocument.Parse(update.After!).RootElement.GetProperty("software_version").GetString());
        Assert.False(JsonDocument.Parse(update.After!).RootElement.TryGetProperty("asset_tag", out _));
        Assert.Equal(1, JsonDocument.Parse(Assert.Single(afterSecond, r => r.EntityType == "device_import").After!).RootElement.GetProperty("updated").GetInt32());

        var verify = await CliRunner.RunAsync("audit", "verify", "--db", database.DbArgument);
        Assert.Equal(0, verify.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_dry_run_or_failed_import_leaves_no_audit_record(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var files = new ImportFiles();
        await ImportFiles.ImportJsonAsync(database, files.Rows(5), "--dry-run");
        var broken = ImportFiles.Header + "\n" + ImportFiles.Row(1) + "\n" + ImportFiles.Row(2).Replace(",high,", ",extreme,", StringComparison.Ordinal) + "\n";
        var failed = await ImportFiles.ImportJsonAsync(database, files.Csv(broken, "broken.csv"));

        Assert.False(failed.GetProperty("committed").GetBoolean());
        Assert.Empty(await RecordsAsync(database));
    }
}
