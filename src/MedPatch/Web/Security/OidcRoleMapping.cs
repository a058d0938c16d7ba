using System.Security.Claims;
using MedPatch.Core.Security;
using MedPatch.Features.Users;

namespace MedPatch.Web.Security;

/// <summary>The provider's role or group claims, through <see cref="OidcOptions.RoleMap"/>, to MedPatch roles.</summary>
public static class OidcRoleMapping
{
    public static IReadOnlySet<Role> Map(ClaimsPrincipal external, OidcOptions settings)
    {
        var granted = new HashSet<Role>();
        foreach (var claim in external.FindAll(settings.RoleClaim))
        {
            if (settings.RoleMap.TryGetValue(claim.Value, out var name) && RoleNames.TryParse(name, out var role))
            {
                granted.Add(role);
            }
        }

        return granted;
    }
}
