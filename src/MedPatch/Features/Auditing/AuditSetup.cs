using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Auditing;

/// <summary>The audit trail: who did what, appended to a hash chain on every write.</summary>
public static class AuditSetup
{
    public static IServiceCollection AddMedPatchAuditing(this IServiceCollection services)
    {
        services.AddScoped<AuditContext>();
        services.AddScoped<AuditWriter>();
        services.AddScoped<AuditSaveChangesInterceptor>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AuditVerifier>();
        services.AddSingleton<AuditChainCheckpoint>();
        services.AddScoped<AuditExport>();

        // Every context the application resolves audits its writes with the scope's actor.
        services.ConfigureDbContext<MedPatch.Data.MedPatchDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<AuditSaveChangesInterceptor>()));
        return services;
    }

    /// <summary>Runs after authentication: fills the request's audit context (actor, request id, client address).</summary>
    public static WebApplication UseMedPatchAuditing(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (http, next) =>
        {
            http.RequestServices.GetRequiredService<AuditContext>().FromRequest(http);
            await next(http).ConfigureAwait(false);
        });
        return app;
    }
}
