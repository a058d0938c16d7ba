using MedPatch.Core.Security;
using MedPatch.Data.Identity;
using MedPatch.Features.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedPatch.Web.Security;

/// <summary>Identity, cookie and token authentication, authorization policies and the per-request tenant scope.</summary>
public static class AuthenticationSetup
{
    /// <summary>Chooses the token handler for "Authorization: Bearer", else the Identity cookie.</summary>
    public const string DefaultScheme = "MedPatch";

    public static IServiceCollection AddMedPatchAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;

        // Until the caller is known, a web request sees no tenant's rows at all; the middleware below narrows the
        // scope to the signed-in user's organization. The command line keeps its unrestricted operator scope.
        services.Replace(ServiceDescriptor.Scoped(_ => TenantScope.For(Guid.Empty)));

        services.AddHttpContextAccessor();
        // The Identity core (stores, hasher, policies) is part of AddMedPatch, shared with the command line.
        new IdentityBuilder(typeof(MedPatchUser), typeof(IdentityRole<Guid>), services)
            .AddSignInManager<MedPatchSignInManager>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = DefaultScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(DefaultScheme, "Cookie or API token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(SessionCookie.Configure);
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = SessionCookie.RevalidateEvery);

        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization(options =>
        {
            PermissionPolicy.AddAll(options);

            // Nothing answers anonymously unless it says so (sign-in, health, the API description).
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        services.AddRazorPages(options =>
        {
            PagePermissions.Apply(options.Conventions);
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(PageWritePermissionFilter)));
        });
        services.AddScoped<PageWritePermissionFilter>();
        services.AddMedPatchOidc(configuration);
        return services;
    }

    /// <summary>
    /// Runs after routing: authentication, then the tenant scope from the principal, then authorization. Static
    /// files are served before routing, so they stay public without any endpoint saying so.
    /// </summary>
    public static WebApplication UseMedPatchAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use((context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && UserClaims.OrganizationIdOf(context.User) is { } organization)
            {
                var facilities = UserClaims.FacilityIdsOf(context.User);
                context.RequestServices.GetRequiredService<TenantScope>().Restrict(organization, facilities);
            }

            return next(context);
        });
        app.UseAuthorization();
        return app;
    }
}
