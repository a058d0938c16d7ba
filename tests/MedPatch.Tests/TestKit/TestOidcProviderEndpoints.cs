using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace MedPatch.Tests.TestKit;

/// <summary>The loopback provider's authorization, token and userinfo endpoints (OpenIddict pass-through mode).</summary>
internal static class TestOidcProviderEndpoints
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void Map(WebApplication app, Func<TestOidcUser> currentUser)
    {
        // No login form: whoever is configured is signed in at once, as an IdP with a live session would do.
        app.MapMethods("connect/authorize", ["GET", "POST"], (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
            var user = currentUser();
            var identity = new ClaimsIdentity(Scheme, Claims.Name, TestOidcProvider.RoleClaim);
            identity.SetClaim(Claims.Subject, user.Subject)
                .SetClaim(Claims.Email, user.Email)
                .SetClaim(Claims.Name, user.Email)
                .SetClaims(TestOidcProvider.RoleClaim, [.. user.Roles])
                .SetClaims(TestOidcProvider.FacilityClaim, [.. user.Facilities ?? []]);
            identity.SetScopes(request.GetScopes());

            // Roles and facilities go into the access token only, so the client must fetch them from userinfo,
            // as it must from providers that keep ID tokens small.
            identity.SetDestinations(claim => claim.Type is TestOidcProvider.RoleClaim or TestOidcProvider.FacilityClaim
                ? [Destinations.AccessToken]
                : [Destinations.AccessToken, Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Scheme);
        });

        app.MapPost("connect/token", async (HttpContext context) =>
        {
            // The code was validated (client secret, PKCE verifier, redirect URI) before this runs.
            var result = await context.AuthenticateAsync(Scheme);
            return result.Principal is { } principal ? Results.SignIn(principal, authenticationScheme: Scheme) : Results.Forbid(authenticationSchemes: [Scheme]);
        });

        app.MapMethods("connect/userinfo", ["GET", "POST"], async (HttpContext context) =>
        {
            var result = await context.AuthenticateAsync(Scheme);
            if (result.Principal is not { } principal)
            {
                return Results.Challenge(authenticationSchemes: [Scheme]);
            }

            return Results.Ok(new Dictionary<string, object?>
            {
                [Claims.Subject] = principal.GetClaim(Claims.Subject),
                [Claims.Email] = principal.GetClaim(Claims.Email),
                [TestOidcProvider.RoleClaim] = principal.GetClaims(TestOidcProvider.RoleClaim).ToArray(),
                [TestOidcProvider.FacilityClaim] = principal.GetClaims(TestOidcProvider.FacilityClaim).ToArray(),
            });
        });
    }
}
