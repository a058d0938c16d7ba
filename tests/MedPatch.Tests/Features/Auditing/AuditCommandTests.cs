using System.Text.Json;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Features.Auditing;

public sealed class AuditCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TestDatabase> TrailAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using var scope = new AuditScope(database);
        scope.Get<MedPatch.Features.Auditing.AuditContext>().ActAsSystem("=SUM(A1:A2)");
        scope.Db.Organizations.Add(new MedPatch.Core.Organizations.Organization { Name = "=HYPERLINK(\"http://evil\")" });
        await scope.Db.SaveChangesAsync(Ct);
        var facility = new MedPatch.Core.Organizations.Facility { OrganizationId = scope.Db.Organizations.Local.Single().Id, Name = "Riverside General" };
        scope.Db.Facilities.Add(facility);
        await scope.Db.SaveChangesAsync(Ct);
        return database;
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task List_filters_by_entity_and_shows_newest_first(DatabaseKind kind)
    {
        await using var database = await TrailAsync(kind);

        var all = await CliRunner.RunAsync("audit", "list", "--json", "--db", database.DbArgument);
        var facilities = await CliRunner.RunAsync("audit", "list", "--json", "--entity", "facility", "--db", database.DbArgument);
        var none = await CliRunner.RunAsync("audit", "list", "--json", "--actor", "nobody@example.org", "--db", database.DbArgument);
        var future = await CliRunner.RunAsync("audit", "list", "--json", "--since", "2999-01-01", "--db", database.DbArgument);

        Assert.Equal(0, all.ExitCode);
        var items = JsonDocument.Parse(all.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal([2L, 1L], items.Select(i => i.GetProperty("sequence").GetInt64()));
        var facility = Assert.Single(JsonDocument.Parse(facilities.Output).RootElement.EnumerateArray());
        Assert.Equal("Riverside General", facility.GetProperty("after").GetProperty("name").GetString());
        Assert.Empty(JsonDocument.Parse(none.Output).RootElement.EnumerateArray());
        Assert.Empty(JsonDocument.Parse(future.Output).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task A_bad_date_is_one_clear_error()
    {
        var result = await CliRunner.RunAsync("audit", "list", "--since", "last tuesday", "--db", "x.db");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --since: expected a date (YYYY-MM-DD) or an ISO 8601 instant", result.Error.Trim());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Csv_export_neutralises_formula_cells_and_json_export_keeps_the_values(DatabaseKind kind)
    {
        await using var database = await TrailAsync(kind);
        var folder = Directory.CreateTempSubdirectory("medpatch-audit-").FullName;
        try
        {
            var csv = Path.Combine(folder, "audit.csv");
            var json = Path.Combine(folder, "audit.json");

            var csvResult = await CliRunner.RunAsync("audit", "export", "--format", "csv", csv, "--entity", "organization", "--db", database.DbArgument);
            var jsonResult = await CliRunner.RunAsync("audit", "export", "--format", "json", json, "--db", database.DbArgument);

            Assert.Equal(0, csvResult.ExitCode);
            Assert.Contains("1 audit record(s) exported as csv", csvResult.Output, StringComparison.Ordinal);
            var lines = await File.ReadAllLinesAsync(csv, Ct);
            Assert.StartsWith("sequence,at,actor_kind,actor,", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.Equal(2, lines.Length);
            Assert.Contains(",system,'=SUM(A1:A2),", lines[1], StringComparison.Ordinal);

            Assert.Equal(0, jsonResult.ExitCode);
            var records = JsonDocument.Parse(await File.ReadAllTextAsync(json, Ct)).RootElement.EnumerateArray().ToList();
            Assert.Equal(2, records.Count);
            Assert.Equal("=HYPERLINK(\"http://evil\")", records[1].GetProperty("after").GetProperty("name").GetString());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
