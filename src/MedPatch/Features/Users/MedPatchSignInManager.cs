using System.Security.Claims;
using MedPatch.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MedPatch.Features.Users;

/// <summary>Identity's sign-in manager, refusing disabled users at sign-in and whenever a session is re-validated.</summary>
public sealed class MedPatchSignInManager(
    UserManager<MedPatchUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<MedPatchUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<MedPatchUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<MedPatchUser> confirmation)
    : SignInManager<MedPatchUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(MedPatchUser user) =>
        !user.Disabled && await base.CanSignInAsync(user).ConfigureAwait(false);

    public override async Task<MedPatchUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal).ConfigureAwait(false);
        return user is { Disabled: false } ? user : null;
    }
}
