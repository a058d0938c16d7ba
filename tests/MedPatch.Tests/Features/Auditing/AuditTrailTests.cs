using System.Text.Json;
using MedPatch.Core.Auditing;
using MedPatch.Data.Identity;
using MedPatch.Features.Auditing;
using MedPatch.Features.Devices;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Auditing;

public sealed class AuditTrailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<AuditRecord>> RecordsAsync(TestDatabase database, string? entityType = null)
    {
        await using var db = database.NewContext();
        return await db.AuditRecords.AsNoTracking().Where(a => entityType == null || a.EntityType == entityType)
            .OrderBy(a => a.Sequence).ToListAsync(Ct);
    }

    private static JsonElement Json(string? text) => JsonDocument.Parse(text!).RootElement.Clone();

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_device_created_updated_and_deleted_is_audited_with_before_and_after(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var seed = database.NewContext())
        {
            await TestInventory.SeedAsync(seed);
        }

        Guid id;
        await using (var scope = new AuditScope(database))
        {
            var models = await scope.Db.DeviceModels.AsNoTracking().SingleAsync(m => m.Name == "Evita V500", Ct);
            var save = scope.Get<SaveDevice>();
            var request = new DeviceRequest { Facility = "Riverside General Hospital", ModelId = models.Id, AssetTag = "AUD-1", SoftwareVersion = "1.0" };
            var created = Assert.IsType<SaveDeviceOutcome.Saved>(await save.CreateAsync(request, Ct));
            id = created.Id;
            Assert.IsType<SaveDeviceOutcome.Saved>(await save.UpdateAsync(id, request with { SoftwareVersion = "1.1" }, Ct));
            Assert.True(await save.DeleteAsync(id, Ct));
        }

        var records = (await RecordsAsync(database, "device")).Where(r => r.EntityId == id.ToString("D")).ToList();
        Assert.Equal(["created", "updated", "deleted"], records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal(ActorKinds.Cli, r.ActorKind));
        Assert.All(records, r => Assert.StartsWith("cli:", r.Actor, StringComparison.Ordinal));

        var created_ = records[0];
        Assert.Null(created_.Before);
        Assert.Equal("AUD-1", Json(created_.After).GetProperty("asset_tag").GetString());
        Assert.Equal("1.0", Json(created_.After).GetProperty("software_version").GetString());
        Assert.NotNull(created_.OrganizationId);

        var updated = records[1];
        Assert.Equal("1.0", Json(updated.Before).GetProperty("software_version").GetString());
        Assert.Equal("1.1", Json(updated.After).GetProperty("software_version").GetString());
        Assert.False(Json(updated.After).TryGetProperty("asset_tag", out _), "an update records only the fields that changed");

        var deleted = records[2];
        Assert.Null(deleted.After);
        Assert.Equal("1.1", Json(deleted.Before).GetProperty("software_version").GetString());

        var chain = await RecordsAsync(database);
        Assert.Null(AuditChain.FirstBreak(chain));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_rolled_back_change_leaves_no_audit_record(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var scope = new AuditScope(database))
        {
            var db = scope.Db;
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            db.Organizations.Add(new MedPatch.Core.Organizations.Organization { Name = "Never committed" });
            await db.SaveChangesAsync(Ct);
            Assert.Single(await db.AuditRecords.AsNoTracking().ToListAsync(Ct));
            await transaction.RollbackAsync(Ct);
        }

        Assert.Empty(await RecordsAsync(database));
        await using var check = database.NewContext();
        Assert.Empty(await check.Organizations.ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_save_that_fails_leaves_neither_the_change_nor_its_record(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var scope = new AuditScope(database))
        {
            var db = scope.Db;
            var organization = new MedPatch.Core.Organizations.Organization { Name = "Riverside" };
            db.Organizations.Add(organization);
            // The facility's organization does not exist: the insert fails on its foreign key.
            db.Facilities.Add(new MedPatch.Core.Organizations.Facility { OrganizationId = Guid.NewGuid(), Name = "Nowhere" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }

        Assert.Empty(await RecordsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Secrets_never_appear_in_the_audit_trail(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        const string passwordHash = "AQAAAAIAAYagAAAAEJ-secret-password-hash-value";
        string stamp;
        await using (var scope = new AuditScope(database))
        {
            var db = scope.Db;
            var organization = new MedPatch.Core.Organizations.Organization { Name = "Riverside" };
            db.Organizations.Add(organization);
            var user = new MedPatchUser
            {
                OrganizationId = organization.Id,
                UserName = "auditor@example.org",
                NormalizedUserName = "AUDITOR@EXAMPLE.ORG",
                Email = "auditor@example.org",
                PasswordHash = passwordHash,
            };
            stamp = user.SecurityStamp!;
            db.Users.Add(user);
            db.ApiTokens.Add(new ApiTokenFor(user).Token);
            await db.SaveChangesAsync(Ct);

            user.PasswordHash = passwordHash + "-changed";
            user.DisplayName = "Avery Auditor";
            await db.SaveChangesAsync(Ct);
        }

        var records = await RecordsAsync(database);
        var text = string.Join("\n", records.Select(r => r.Before + " " + r.After));
        Assert.DoesNotContain("secret-password-hash", text, StringComparison.Ordinal);
        Assert.DoesNotContain(stamp, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTokenFor.SecretHash, text, StringComparison.Ordinal);
        var update = records.Single(r => r.EntityType == "user" && r.Action == "updated");
        Assert.Equal(AuditJson.Redacted, Json(update.After).GetProperty("password_hash").GetString());
        Assert.Equal("Avery Auditor", Json(update.After).GetProperty("display_name").GetString());
        Assert.Contains(records, r => r.EntityType == "api_token" && r.Action == "created");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_records_cannot_be_changed_or_deleted_through_the_application(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var scope = new AuditScope(database);
        var db = scope.Db;
        db.Organizations.Add(new MedPatch.Core.Organizations.Organization { Name = "Riverside" });
        await db.SaveChangesAsync(Ct);

        var record = await db.AuditRecords.SingleAsync(Ct);
        record.Actor = "someone else";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();

        db.AuditRecords.Remove(await db.AuditRecords.SingleAsync(Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));

        var stored = Assert.Single(await RecordsAsync(database));
        Assert.StartsWith("cli:", stored.Actor, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_chain_verifies_after_many_writes(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var scope = new AuditScope(database))
        {
            var db = scope.Db;
            for (var i = 0; i < 60; i++)
            {
                db.Organizations.Add(new MedPatch.Core.Organizations.Organization { Name = "Org " + i });
                if (i % 3 == 0)
                {
                    db.Organizations.Add(new MedPatch.Core.Organizations.Organization { Name = "Extra " + i });
                }

                await db.SaveChangesAsync(Ct);
            }
        }

        await using (var scope = new AuditScope(database))
        {
            var result = await scope.Get<AuditVerifier>().VerifyAsync(null, Ct);
            Assert.True(result.Ok, result.Message);
            Assert.Equal(80, result.Verified);
        }

        var cli = await CliRunner.RunAsync("audit", "verify", "--db", database.DbArgument);
        Assert.Equal(0, cli.ExitCode);
        Assert.Contains("OK: 80 audit record(s)", cli.Output, StringComparison.Ordinal);
    }

    /// <summary>An API token row for a user, with a recognisable secret hash.</summary>
    private sealed class ApiTokenFor(MedPatchUser user)
    {
        public const string SecretHash = "5e0c8a3f1d6b4a2e9c7f0b1d3e5a7c9f1b3d5e7a9c1e3f5a7b9d1f3a5c7e9b1d";

        public MedPatch.Core.Security.ApiToken Token { get; } = new()
        {
            OrganizationId = user.OrganizationId,
            UserId = user.Id,
            Name = "cmms-sync",
            Prefix = "mpt_5e0c",
            SecretHash = SecretHash,
            ExpiresAt = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
    }
}
