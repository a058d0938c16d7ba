using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace MedPatch.Web.Security;

/// <summary>Security headers, rate limits, request size limits and HTTPS.</summary>
public static class WebHardening
{
    public static IServiceCollection AddMedPatchHardening(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddOptions<HardeningOptions>().BindConfiguration(HardeningOptions.Section);
        services.AddMedPatchRateLimits();

        // The same limit in Kestrel covers any body read before HardeningRequestSize runs; that middleware sets
        // the limit of each request (larger for the upload paths it knows).
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HardeningOptions>>((kestrel, hardening) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = hardening.Value.MaxRequestBodyBytes;
        });
        return services;
    }

    /// <summary>Runs first, before static files, so every answer carries the headers.</summary>
    public static WebApplication UseMedPatchHardening(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HttpsRedirect>();
        app.UseRateLimiter();
        app.UseMiddleware<HardeningRequestSize>();
        var authenticationFailures = app.Services.GetRequiredService<RateLimitAuthenticationFailures>();
        app.Use((context, next) => authenticationFailures.InvokeAsync(context, next));
        return app;
    }
}
