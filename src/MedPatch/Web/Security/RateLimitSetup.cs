using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MedPatch.Web.Security;

/// <summary>
/// One global limiter, chosen by path, because it runs before routing (it must see every request, including ones
/// that match no endpoint). Sign-in POSTs are budgeted per client address; the API per bearer token, else address.
/// </summary>
public static class RateLimitSetup
{
    public static IServiceCollection AddMedPatchRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddSingleton<RateLimitAuthenticationFailures>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            var budget = limits.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, budget));
            options.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected.HttpContext, rejected.Lease, budget.Window, cancellationToken);
        });
        return services;
    }

    internal static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions budget)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (HttpMethods.IsPost(context.Request.Method) && path.StartsWith("/account/sign-in", StringComparison.OrdinalIgnoreCase))
        {
            return FixedWindow("sign-in|" + ClientAddress(context), budget.SignInPermits, budget.Window);
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) &&
            !context.Request.Path.StartsWithSegments(SecurityHeaders.ApiReferencePath, StringComparison.OrdinalIgnoreCase))
        {
            return FixedWindow("api|" + Caller(context), budget.ApiPermits, budget.Window);
        }

        return RateLimitPartition.GetNoLimiter(string.Empty);
    }

    /// <summary>The address the connection came from; behind a reverse proxy, configure forwarded headers first.</summary>
    internal static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// Authentication runs after this limiter, so the caller is named by a hash of its bearer credential (never the
    /// credential itself, which must not sit in memory keys). Made-up tokens buy no budget: their 401s are
    /// counted per address by <see cref="RateLimitAuthenticationFailures"/>.
    /// </summary>
    private static string Caller(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return "address|" + ClientAddress(context);
        }

        return "credential|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)), 0, 16);
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    internal static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, TimeSpan window, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers[HeaderNames.RetryAfter] = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = "This client sent too many requests; retry after the number of seconds in Retry-After.",
            },
        }).ConfigureAwait(false);
        _ = cancellationToken;
    }
}
