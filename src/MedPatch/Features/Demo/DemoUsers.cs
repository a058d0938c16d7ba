using MedPatch.Core.Demo;
using MedPatch.Core.Security;
using MedPatch.Features.Users;
using Microsoft.AspNetCore.Identity;

namespace MedPatch.Features.Demo;

/// <summary>One demo account per role, so each role's view can be tried; passwords are generated, never fixed.</summary>
public sealed class DemoUsers(UserAccounts accounts, UserManager<Data.Identity.MedPatchUser> users)
{
    public const string Domain = "demo.medpatch.local";

    public static string EmailOf(Role role) => RoleNames.Of(role).Replace('_', '-') + "@" + Domain;

    /// <summary>Creates the demo users that do not exist yet and returns them with their one-time passwords.</summary>
    public async Task<IReadOnlyList<AddedUser>> SeedAsync(CancellationToken cancellationToken)
    {
        var created = new List<AddedUser>();
        foreach (var role in Enum.GetValues<Role>())
        {
            if (await users.FindByEmailAsync(EmailOf(role)).ConfigureAwait(false) is not null)
            {
                continue;
            }

            // The technician works at one hospital only, to show facility limits at work.
            IReadOnlyList<string>? facilities = role == Role.Technician ? [DemoHospitals.Hospitals[0].Name] : null;
            created.Add(await accounts.AddAsync(new NewUser(EmailOf(role), [role], DemoHospitals.HealthSystem, facilities), cancellationToken)
                .ConfigureAwait(false));
        }

        return created;
    }
}
