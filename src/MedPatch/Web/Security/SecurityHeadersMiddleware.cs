using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MedPatch.Web.Security;

/// <summary>
/// Adds the security headers just before any answer starts — pages, API, static files, redirects, errors and
/// rate-limit rejections alike — so no code path can forget them.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment environment, IOptions<HardeningOptions> options)
{
    private readonly string hsts = SecurityHeaders.StrictTransportSecurity(options.Value.HstsMaxAgeDays);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (self, context) = ((SecurityHeadersMiddleware, HttpContext))state;
            self.AddHeaders(context);
            return Task.CompletedTask;
        }, (this, context));

        return context.Request.Path.StartsWithSegments(SecurityHeaders.ApiReferencePath, StringComparison.OrdinalIgnoreCase)
            ? SecurityHeadersApiReference.InvokeAsync(context, next)
            : next(context);
    }

    private void AddHeaders(HttpContext context)
    {
        var headers = context.Response.Headers;
        // The API reference sets its own hash-based policy before the answer starts; keep it.
        headers.TryAdd(HeaderNames.ContentSecurityPolicy, SecurityHeaders.ContentSecurityPolicy);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = SecurityHeaders.ReferrerPolicy;
        headers["Permissions-Policy"] = SecurityHeaders.PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";

        // Browsers ignore HSTS received over plain HTTP (RFC 6797), and sending it there would only mislead.
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = hsts;
        }

        if (!headers.ContainsKey(HeaderNames.CacheControl) && !IsStaticFile(context))
        {
            headers.CacheControl = SecurityHeaders.NoStore;
            headers.Pragma = "no-cache";
        }
    }

    /// <summary>Stylesheets and other public files from wwwroot may be cached; everything else is data.</summary>
    private bool IsStaticFile(HttpContext context) =>
        context.GetEndpoint() is null &&
        context.Response.StatusCode == StatusCodes.Status200OK &&
        context.Request.Path.HasValue &&
        environment.WebRootFileProvider.GetFileInfo(context.Request.Path.Value).Exists;
}
