using System.Security.Claims;
using MedPatch.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MedPatch.Features.Users;

/// <summary>Adds the MedPatch claims (organization, facilities, roles) to the principal Identity builds at sign-in.</summary>
public sealed class MedPatchClaimsFactory(
    UserManager<MedPatchUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, OperatorContext context)
    : UserClaimsPrincipalFactory<MedPatchUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(MedPatchUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        var roleNames = await UserManager.GetRolesAsync(user).ConfigureAwait(false);
        var facilities = await UserClaims.FacilityIdsAsync(context, user.Id, CancellationToken.None).ConfigureAwait(false);
        identity.AddClaims(UserClaims.For(user, roleNames, facilities));
        return identity;
    }
}
