using System.Security.Claims;
using MedPatch.Data.Identity;
using MedPatch.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedPatch.Web.Security;

/// <summary>
/// Turns the person the provider vouched for into a MedPatch user: found by (provider, subject) or created, with
/// roles (and facilities, when configured) taken from the provider's claims on every sign-in, because the provider
/// is where the hospital grants and withdraws access.
/// </summary>
public sealed class OidcUserSignIn(
    UserManager<MedPatchUser> users,
    ExternalUsers externalUsers,
    UserAccounts accounts,
    OperatorContext operatorContext,
    IOptions<OidcOptions> options,
    TimeProvider clock,
    ILogger<OidcUserSignIn> logger)
{
    private OidcOptions Settings => options.Value;

    public async Task<OidcSignInResult> MapAsync(ClaimsPrincipal external, CancellationToken cancellationToken)
    {
        var subject = external.FindFirst("sub")?.Value;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return OidcSignInResult.Refused("The identity provider did not say who you are (no subject claim).");
        }

        var existing = await users.Users.FirstOrDefaultAsync(u => u.ExternalProvider == OidcSetup.Scheme && u.ExternalSubject == subject, cancellationToken);
        if (existing is { Disabled: true })
        {
            return Disabled(existing);
        }

        var granted = OidcRoleMapping.Map(external, Settings);
        if (granted.Count == 0)
        {
            if (existing is not null)
            {
                // The provider withdrew every MedPatch role: the account keeps none, so its API tokens stop too.
                var kept = await operatorContext.Db.UserFacilities.Where(f => f.UserId == existing.Id).Select(f => f.FacilityId).ToListAsync(cancellationToken);
                await accounts.AssignAsync(existing, [], kept, cancellationToken);
            }

            logger.LogWarning("Single sign-on refused for subject {Subject}: no {RoleClaim} claim maps to a MedPatch role", subject, Settings.RoleClaim);
            return OidcSignInResult.Refused(
                "Your hospital account has no MedPatch role. Ask your identity administrator to add you to a group that grants one.");
        }

        try
        {
            var organizationId = existing?.OrganizationId ?? (await accounts.OrganizationAsync(Settings.OrganizationName, null, cancellationToken)).Id;
            var facilities = await OidcFacilityMapping.MapAsync(external, Settings, operatorContext.Db, organizationId, cancellationToken);
            if (facilities is { Count: 0 })
            {
                logger.LogWarning("Single sign-on refused for subject {Subject}: claim {Claim} names no facility", subject, Settings.AllowedFacilitiesClaim);
                return OidcSignInResult.Refused("Your hospital account names no MedPatch facility you may work in. Ask your identity administrator.");
            }

            var user = await externalUsers.FindOrCreateAsync(
                OidcSetup.Scheme, subject, EmailOf(external), [.. granted], organizationId, external.FindFirst("name")?.Value, cancellationToken);
            if (user is null)
            {
                return Disabled(existing);
            }

            if (facilities is not null)
            {
                await accounts.AssignAsync(user, granted, facilities, cancellationToken);
            }

            user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            return OidcSignInResult.SignedIn(user);
        }
        catch (UserAccountException e)
        {
            // Such as an existing local account with the same email, which single sign-on must never take over.
            logger.LogWarning("Single sign-on refused for subject {Subject}: {Reason}", subject, e.Message);
            return OidcSignInResult.Refused($"MedPatch could not set up your account: {e.Message}. Ask a MedPatch administrator.");
        }
    }

    private OidcSignInResult Disabled(MedPatchUser? user)
    {
        logger.LogWarning("Single sign-on refused for disabled user {UserId}", user?.Id);
        return OidcSignInResult.Refused("Your MedPatch account is disabled. Ask a MedPatch administrator to enable it.");
    }

    private static string? EmailOf(ClaimsPrincipal external)
    {
        var email = external.FindFirst("email")?.Value;
        if (string.IsNullOrWhiteSpace(email))
        {
            // Entra ID and Okta may send the sign-in name instead of an email claim.
            email = external.FindFirst("preferred_username")?.Value;
        }

        return email is not null && email.Contains('@', StringComparison.Ordinal) ? email : null;
    }
}
