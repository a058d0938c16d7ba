using System.Text.Json;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Auditing;

/// <summary>Someone with database access edits the trail behind the application's back; <c>audit verify</c> finds it.</summary>
public sealed class AuditTamperTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TestDatabase> TrailAsync(DatabaseKind kind, int writes)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using var scope = new AuditScope(database);
        for (var i = 0; i < writes; i++)
        {
            scope.Db.Organizations.Add(new MedPatch.Core.Organizations.Organization { Name = "Org " + i });
            await scope.Db.SaveChangesAsync(Ct);
        }

        return database;
    }

    private static async Task SqlAsync(TestDatabase database, string sql)
    {
        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync(sql, Ct);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_edited_after_value_is_named_by_its_sequence(DatabaseKind kind)
    {
        await using var database = await TrailAsync(kind, 6);
        await SqlAsync(database, "UPDATE audit_records SET after = '{{\"name\":\"Forged\"}}' WHERE sequence = 4");

        var result = await CliRunner.RunAsync("audit", "verify", "--db", database.DbArgument);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken at sequence 4", result.Error, StringComparison.Ordinal);
        Assert.Contains("changed after it was written", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_deleted_record_is_named_as_missing(DatabaseKind kind)
    {
        await using var database = await TrailAsync(kind, 6);
        await SqlAsync(database, "DELETE FROM audit_records WHERE sequence = 3");

        var result = await CliRunner.RunAsync("audit", "verify", "--json", "--db", database.DbArgument);

        Assert.Equal(1, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.False(json.GetProperty("ok").GetBoolean());
        Assert.Equal(3, json.GetProperty("broken_at").GetInt64());
        Assert.Equal(2, json.GetProperty("verified").GetInt64());
        Assert.Contains("record 3 is missing", json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_recomputed_hash_breaks_the_next_link(DatabaseKind kind)
    {
        await using var database = await TrailAsync(kind, 5);
        await SqlAsync(database, "UPDATE audit_records SET hash = '" + new string('a', 64) + "' WHERE sequence = 2");

        var result = await CliRunner.RunAsync("audit", "verify", "--db", database.DbArgument);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken at sequence 2", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_intact_trail_verifies_with_its_count(DatabaseKind kind)
    {
        await using var database = await TrailAsync(kind, 3);

        var result = await CliRunner.RunAsync("audit", "verify", "--json", "--db", database.DbArgument);

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.True(json.GetProperty("ok").GetBoolean());
        Assert.Equal(3, json.GetProperty("verified").GetInt64());
    }
}
