using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MedPatch.Web.Security;

/// <summary>
/// When the server listens on both HTTP and HTTPS, plain HTTP requests are sent to HTTPS (308 keeps the method
/// and body). With HTTP alone — a loopback demo, or TLS ended by a reverse proxy — nothing is redirected.
/// The built-in redirection middleware would log a warning on every HTTP-only server, so the port is found here.
/// </summary>
public sealed class HttpsRedirect(RequestDelegate next, IServer server)
{
    private int? httpsPort;
    private bool resolved;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || HttpsPort() is not { } port)
        {
            return next(context);
        }

        var target = new UriBuilder(Uri.UriSchemeHttps, context.Request.Host.Host, port)
        {
            Path = context.Request.PathBase.Add(context.Request.Path).ToUriComponent(),
            Query = context.Request.QueryString.ToUriComponent(),
        };
        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = target.Uri.AbsoluteUri;
        return Task.CompletedTask;
    }

    // Addresses are known only once the server has bound them (port 0 becomes a real port), so look on first use.
    private int? HttpsPort()
    {
        if (!resolved)
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            httpsPort = addresses
                .Select(a => BindingAddress.Parse(a))
                .Where(a => a.Scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
                .Select(a => (int?)a.Port)
                .FirstOrDefault();
            resolved = true;
        }

        return httpsPort;
    }
}
