using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MedPatch.Web.Security;

/// <summary>
/// Refuses oversized bodies before authentication, so an anonymous client cannot make the server read megabytes:
/// a declared Content-Length over the limit answers 413 at once, and a chunked body is cut off by Kestrel when it
/// passes the same limit. Paths that need more (a future file import) are listed in <see cref="HardeningOptions.LargeBodyPaths"/>.
/// </summary>
public sealed class HardeningRequestSize(RequestDelegate next, IOptions<HardeningOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = LimitFor(context.Request.Path);
        if (context.Request.ContentLength > limit)
        {
            await TooLargeAsync(context).ConfigureAwait(false);
            return;
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // Kestrel stops a chunked body at the limit by throwing from the read; answer it as what it is.
            context.Response.Clear();
            await TooLargeAsync(context).ConfigureAwait(false);
        }
    }

    private long LimitFor(PathString path)
    {
        foreach (var (prefix, bytes) in options.Value.LargeBodyPaths)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return bytes;
            }
        }

        return options.Value.MaxRequestBodyBytes;
    }

    private static async Task TooLargeAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = "The request body is larger than this server accepts.",
            },
        }).ConfigureAwait(false);
    }
}
