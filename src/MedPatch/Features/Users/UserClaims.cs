using System.Globalization;
using System.Security.Claims;
using MedPatch.Core.Security;
using MedPatch.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Users;

/// <summary>The MedPatch claims of a user, the same whether the caller came with a cookie, through SSO or with a token.</summary>
public static class UserClaims
{
    public static IEnumerable<Claim> For(MedPatchUser user, IEnumerable<string> roleNames, IEnumerable<Guid> facilityIds)
    {
        yield return new Claim(MedPatchClaims.UserId, user.Id.ToString());
        yield return new Claim(MedPatchClaims.OrganizationId, user.OrganizationId.ToString());
        if (user.Email is not null)
        {
            yield return new Claim(MedPatchClaims.Email, user.Email);
        }

        foreach (var facility in facilityIds)
        {
            yield return new Claim(MedPatchClaims.FacilityId, facility.ToString());
        }

        foreach (var role in roleNames)
        {
            yield return new Claim(MedPatchClaims.Role, role);
        }
    }

    public static async Task<List<Guid>> FacilityIdsAsync(OperatorContext context, Guid userId, CancellationToken cancellationToken) =>
        await context.Db.UserFacilities.Where(f => f.UserId == userId).Select(f => f.FacilityId).OrderBy(f => f)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public static Guid? UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(MedPatchClaims.UserId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static Guid? OrganizationIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(MedPatchClaims.OrganizationId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static IReadOnlyList<Guid> FacilityIdsOf(ClaimsPrincipal principal) =>
        [.. principal.FindAll(MedPatchClaims.FacilityId).Select(c => Guid.Parse(c.Value, CultureInfo.InvariantCulture))];

    public static IReadOnlyList<Role> RolesOf(ClaimsPrincipal principal) =>
        [.. principal.FindAll(MedPatchClaims.Role).Select(c => RoleNames.TryParse(c.Value, out var role) ? (Role?)role : null).OfType<Role>()];

    public static bool Has(ClaimsPrincipal principal, Permission permission) =>
        principal.Identity?.IsAuthenticated == true && PermissionTable.Allows(RolesOf(principal), permission);
}
