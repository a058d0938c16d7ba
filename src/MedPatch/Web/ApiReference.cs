using Scalar.AspNetCore;

namespace MedPatch.Web;

public static class ApiReference
{
    /// <summary>The browsable API reference at <c>/api/docs</c>, rendered from <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference("/api/docs", options =>
        {
            options.WithTitle("MedPatch API");
            options.WithOpenApiRoutePattern("/openapi/{documentName}.json");
        }).AllowAnonymous();
        return app;
    }
}
