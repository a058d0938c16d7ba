using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MedPatch.Web.Security;

/// <summary>
/// Counts API answers of 401 per client address and turns the address away (429) once its budget is spent, so
/// guessing API tokens — each guess a fresh credential, so a fresh per-caller budget — stays slow.
/// </summary>
public sealed class RateLimitAuthenticationFailures(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.ApiAuthenticationFailurePermits),
            Window = options.Value.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var address = RateLimitSetup.ClientAddress(context);
        // Asking for zero permits only tells whether any are left, without spending one.
        using (var probe = failures.AttemptAcquire(address, 0))
        {
            if (!probe.IsAcquired)
            {
                await RateLimitSetup.RejectAsync(context, probe, options.Value.Window, context.RequestAborted).ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            using var spent = failures.AttemptAcquire(address);
        }
    }

    public void Dispose() => failures.Dispose();
}
