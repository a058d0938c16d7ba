using MedPatch.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace MedPatch.Features.Users;

/// <summary>ASP.NET Core Identity on the MedPatch database, shared by the command line and the web host.</summary>
public static class UsersSetup
{
    /// <summary>PBKDF2 work factor: OWASP's 2023 figure for PBKDF2-HMAC-SHA256; Identity uses the stronger SHA-512.</summary>
    public const int PasswordIterations = 600_000;

    public static IdentityBuilder AddMedPatchUsers(this IServiceCollection services)
    {
        services.AddScoped<OperatorContext>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<ExternalUsers>();
        services.AddScoped<ApiTokens>();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordIterations);
        var identity = services.AddIdentityCore<MedPatchUser>(options =>
        {
            // Length over composition rules (NIST 800-63B, ASVS 2.1): a long passphrase beats "Passw0rd!".
            options.Password.RequiredLength = Passwords.MinimumLength;
            options.Password.RequireDigit = false;
            options.Password.RequireLowercase = false;
            options.Password.RequireUppercase = false;
            options.Password.RequireNonAlphanumeric = false;
            options.Password.RequiredUniqueChars = 4;
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            options.Lockout.AllowedForNewUsers = true;
            options.User.RequireUniqueEmail = true;
            options.User.AllowedUserNameCharacters += "+";
            options.ClaimsIdentity.UserIdClaimType = System.Security.Claims.ClaimTypes.NameIdentifier;
        });
        identity.AddRoles<IdentityRole<Guid>>();
        services.AddScoped<IUserStore<MedPatchUser>, MedPatchUserStore>();
        services.AddScoped<IRoleStore<IdentityRole<Guid>>, MedPatchRoleStore>();
        identity.AddClaimsPrincipalFactory<MedPatchClaimsFactory>();
        return identity;
    }
}
