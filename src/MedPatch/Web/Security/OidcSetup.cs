using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MedPatch.Web.Security;

/// <summary>
/// OpenID Connect single sign-on: the provider's handler signs the person into the Identity external cookie, and
/// <c>/account/external-sign-in</c> turns that into a MedPatch user signed in with the application cookie.
/// </summary>
public static class OidcSetup
{
    /// <summary>The authentication scheme, and the value of <c>MedPatchUser.ExternalProvider</c> for its users.</summary>
    public const string Scheme = "oidc";

    public const string CallbackPath = "/signin-oidc";

    public static IServiceCollection AddMedPatchOidc(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OidcOptions>().Bind(configuration.GetSection(OidcOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OidcOptions>, OidcOptionsValidator>());
        services.AddScoped<OidcUserSignIn>();

        // The scheme exists only when enabled, and that is decided when options are first read rather than here,
        // so configuration added after this call (tests, later providers) still counts. AddOpenIdConnect would
        // register the scheme unconditionally, so its registrations are made one by one instead.
        services.AddAuthentication();
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<OidcOptions>>((authentication, oidc) =>
        {
            if (oidc.Value.Enabled)
            {
                authentication.AddScheme<OpenIdConnectHandler>(Scheme, oidc.Value.DisplayName);
            }
        });
        services.TryAddTransient<OpenIdConnectHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddOptions<OpenIdConnectOptions>(Scheme)
            .Configure<IOptions<OidcOptions>>((handler, oidc) => Configure(handler, oidc.Value))
            .Validate(handler =>
            {
                handler.Validate(Scheme);
                return true;
            });
        return services;
    }

    private static void Configure(OpenIdConnectOptions handler, OidcOptions oidc)
    {
        handler.Authority = oidc.Authority;
        handler.ClientId = oidc.ClientId;
        handler.ClientSecret = string.IsNullOrEmpty(oidc.ClientSecret) ? null : oidc.ClientSecret;
        handler.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        handler.CallbackPath = CallbackPath;
        handler.SignInScheme = IdentityConstants.ExternalScheme;

        // Authorization code flow with PKCE; the code comes back in the query, so nothing relies on cross-site POSTs.
        handler.ResponseType = OpenIdConnectResponseType.Code;
        handler.ResponseMode = OpenIdConnectResponseMode.Query;
        handler.UsePkce = true;

        // MedPatch only needs to know who signed in; it never calls APIs with the provider's tokens.
        handler.SaveTokens = false;
        handler.GetClaimsFromUserInfoEndpoint = true;

        // Keep the provider's claim names ("sub", "roles", "groups") as they are, so the settings name them plainly.
        handler.MapInboundClaims = false;
        handler.TokenValidationParameters.NameClaimType = "name";
        handler.TokenValidationParameters.RoleClaimType = oidc.RoleClaim;

        handler.Scope.Clear();
        handler.Scope.Add("openid");
        foreach (var scope in oidc.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            handler.Scope.Add(scope);
        }

        // Userinfo answers are JSON; only mapped keys become claims. Arrays become one claim per element.
        handler.ClaimActions.MapJsonKey(oidc.RoleClaim, oidc.RoleClaim);
        if (!string.IsNullOrWhiteSpace(oidc.AllowedFacilitiesClaim))
        {
            handler.ClaimActions.MapJsonKey(oidc.AllowedFacilitiesClaim, oidc.AllowedFacilitiesClaim);
        }

        handler.Events.OnRemoteFailure = context =>
        {
            // A refusal at the provider (or a stale callback) ends on MedPatch's page, not on an exception page.
            context.Response.Redirect("/account/external-sign-in?failed=true");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
