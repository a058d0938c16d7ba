using MedPatch.Core.Security;
using MedPatch.Data.Identity;
using MedPatch.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.TestKit;

/// <summary>Creates users and API tokens straight in the server's database, through the product's own services.</summary>
internal static class TestCredentials
{
    public static async Task<TestUser> CreateUserAsync(
        IServiceProvider services, Role[] roles, Guid? organizationId, IReadOnlyList<Guid>? facilities, bool withPassword)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MedPatchUser>>();
        var organization = organizationId ?? await DefaultOrganizationAsync(scope.ServiceProvider);
        var email = $"{RoleNames.Of(roles[0]).Replace('_', '-')}-{Guid.NewGuid():N}@test.medpatch.local";
        var user = new MedPatchUser { UserName = email, Email = email, EmailConfirmed = true, OrganizationId = organization, CreatedAt = DateTime.UnixEpoch };

        // Hashing a password costs 600,000 PBKDF2 rounds; users that only need a token skip it.
        var password = withPassword ? Passwords.Generate() : string.Empty;
        var created = withPassword ? await users.CreateAsync(user, password) : await users.CreateAsync(user);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await accounts.AssignAsync(user, roles, facilities ?? [], TestContext.Current.CancellationToken);
        return new TestUser(user.Id, email, password, organization, roles);
    }

    public static async Task<string> CreateTokenAsync(IServiceProvider services, TestUser user, TokenScope scope, int days = ApiTokens.DefaultDays)
    {
        await using var serviceScope = services.CreateAsyncScope();
        var tokens = serviceScope.ServiceProvider.GetRequiredService<ApiTokens>();
        var created = await tokens.CreateAsync(user.Id, user.OrganizationId, new CreateTokenRequest("test", scope, days), TestContext.Current.CancellationToken);
        return created.Secret;
    }

    /// <summary>The organization the test seeded (the oldest one), or a new one on an empty database.</summary>
    private static async Task<Guid> DefaultOrganizationAsync(IServiceProvider services)
    {
        var context = services.GetRequiredService<OperatorContext>();
        var existing = await context.Db.Organizations.OrderBy(o => o.Id).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(TestContext.Current.CancellationToken);
        return existing ?? (await services.GetRequiredService<UserAccounts>().OrganizationAsync(null, null, TestContext.Current.CancellationToken)).Id;
    }
}
