namespace MedPatch.Web.Security;

/// <summary>Answers for API callers that are not signed in or not allowed: problem details, never a redirect to a form.</summary>
public static class ApiProblems
{
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ||
        request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        var (title, detail) = status == StatusCodes.Status401Unauthorized
            ? ("Unauthorized", "Sign in, or send an API token as 'Authorization: Bearer mp_…'.")
            : ("Forbidden", "Your role or your token's scope does not allow this.");
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
