using MedPatch.Core.Security;
using MedPatch.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Users;

/// <summary>
/// Users who sign in through single sign-on: found by (provider, subject), created on first sign-in, and given the
/// roles the provider's claims map to on every sign-in, so a role removed in the hospital's directory is removed here.
/// </summary>
public sealed class ExternalUsers(UserManager<MedPatchUser> users, UserAccounts accounts, OperatorContext context, TimeProvider clock)
{
    /// <summary>
    /// The user for this external identity, created if new. Null when the user exists but is disabled. A local
    /// account with the same email is never taken over: that is an error, for an administrator to resolve.
    /// </summary>
    public async Task<MedPatchUser?> FindOrCreateAsync(
        string provider, string subject, string? email, IReadOnlyList<Role> roles, Guid? organizationId = null, string? displayName = null,
        CancellationToken cancellationToken = default)
    {
        var user = await context.Db.Users
            .SingleOrDefaultAsync(u => u.ExternalProvider == provider && u.ExternalSubject == subject, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            var name = string.IsNullOrWhiteSpace(email) ? $"{subject}@{provider}" : email.Trim();
            if (await users.FindByNameAsync(name).ConfigureAwait(false) is not null)
            {
                throw new UserAccountException($"a user named {name} already exists and is not linked to {provider}");
            }

            var organization = await accounts.OrganizationAsync(null, organizationId, cancellationToken).ConfigureAwait(false);
            user = new MedPatchUser
            {
                UserName = name,
                Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
                EmailConfirmed = !string.IsNullOrWhiteSpace(email),
                DisplayName = displayName,
                OrganizationId = organization.Id,
                ExternalProvider = provider,
                ExternalSubject = subject,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                throw new UserAccountException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        if (user.Disabled)
        {
            return null;
        }

        var facilities = await context.Db.UserFacilities.Where(f => f.UserId == user.Id).Select(f => f.FacilityId).ToListAsync(cancellationToken).ConfigureAwait(false);
        await accounts.AssignAsync(user, roles, facilities, cancellationToken).ConfigureAwait(false);
        return user;
    }
}
