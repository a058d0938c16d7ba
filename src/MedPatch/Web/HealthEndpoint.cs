using MedPatch.Data;

namespace MedPatch.Web;

public static class HealthEndpoint
{
    /// <summary><c>/healthz</c> answers 200 only when the database answers a query.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async Task<IResult> (MedPatchDbContext db, CancellationToken cancellationToken) =>
        {
            try
            {
                var ok = await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
                return ok
                    ? TypedResults.Ok(new { status = "healthy", database = db.Database.ProviderName })
                    : TypedResults.Problem("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                return TypedResults.Problem("database unreachable: " + ex.GetType().Name, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
