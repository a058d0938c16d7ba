namespace MedPatch.Web.Security;

/// <summary>
/// Single sign-on through the hospital's OpenID Connect provider, from the "Oidc" configuration section
/// (environment variables such as <c>Oidc__Authority</c>). Off unless <see cref="Enabled"/>.
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Oidc";

    public bool Enabled { get; set; }

    /// <summary>The provider's issuer URL; its discovery document is read from <c>/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Never logged, never shown: <see cref="ToString"/> leaves it out.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Requested scopes, separated by spaces; "openid" is always sent.</summary>
    public string Scopes { get; set; } = "openid profile email";

    /// <summary>The label of the sign-in button.</summary>
    public string DisplayName { get; set; } = "Hospital SSO";

    /// <summary>The claim that carries the user's roles or groups ("roles" in Entra ID, "groups" in Okta).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Claim value → MedPatch role name (admin, clinical_engineer, …). Values not listed grant nothing.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The organization single sign-on users belong to; empty means the only organization in the database.</summary>
    public string? OrganizationName { get; set; }

    /// <summary>False only for a provider on loopback HTTP in tests and development.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Optional claim listing the facilities (by name or id) the user is limited to. When set, a user whose claim
    /// names no known facility is refused rather than given every facility.
    /// </summary>
    public string? AllowedFacilitiesClaim { get; set; }

    public override string ToString() =>
        $"Oidc {{ Enabled = {Enabled}, Authority = {Authority}, ClientId = {ClientId}, ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "(none)" : "(set)")} }}";
}
