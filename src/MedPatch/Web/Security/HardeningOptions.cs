namespace MedPatch.Web.Security;

/// <summary>Request size and transport settings, from the configuration section <c>Hardening</c>.</summary>
public sealed class HardeningOptions
{
    public const string Section = "Hardening";

    /// <summary>Largest request body accepted (JSON and forms); larger answers 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Path prefixes that accept larger bodies, with their limit in bytes — for uploads such as file imports.
    /// Empty today: nothing in the web app takes a file yet.
    /// </summary>
    public Dictionary<string, long> LargeBodyPaths { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long browsers must keep to HTTPS once they have seen the site over it.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;
}
