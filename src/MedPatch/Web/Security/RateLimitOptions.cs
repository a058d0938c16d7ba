namespace MedPatch.Web.Security;

/// <summary>Request budgets per client, from the configuration section <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>POSTs to the sign-in pages per client address per window: slows password guessing.</summary>
    public int SignInPermits { get; set; } = 10;

    /// <summary>API requests per caller (its bearer token, else its address) per window.</summary>
    public int ApiPermits { get; set; } = 600;

    /// <summary>API answers of 401 per client address per window before the address is turned away: slows token guessing.</summary>
    public int ApiAuthenticationFailurePermits { get; set; } = 100;

    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(Math.Max(1, WindowSeconds));
}
