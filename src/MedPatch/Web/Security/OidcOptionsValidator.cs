using MedPatch.Features.Users;
using Microsoft.Extensions.Options;

namespace MedPatch.Web.Security;

/// <summary>Refuses to start with single sign-on enabled but unusable; says nothing when it is off.</summary>
public sealed class OidcOptionsValidator : IValidateOptions<OidcOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority))
        {
            errors.Add("Oidc:Authority must be the provider's absolute issuer URL");
        }
        else if (options.RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add("Oidc:Authority must use https (set Oidc:RequireHttpsMetadata to false only for a loopback test provider)");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            errors.Add("Oidc:ClientId is required");
        }

        if (string.IsNullOrWhiteSpace(options.RoleClaim))
        {
            errors.Add("Oidc:RoleClaim is required");
        }

        if (options.RoleMap.Count == 0)
        {
            errors.Add("Oidc:RoleMap is empty, so no one could sign in: map at least one claim value to a role");
        }

        foreach (var (claimValue, roleName) in options.RoleMap)
        {
            if (!RoleNames.TryParse(roleName, out _))
            {
                errors.Add($"Oidc:RoleMap:{claimValue} names the unknown role '{roleName}' (roles: {RoleNames.All})");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
