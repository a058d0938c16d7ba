namespace MedPatch.Web.Security;

/// <summary>The header values every answer carries; kept together so SECURITY.md and the tests can name them.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Our pages have no inline script or style and load nothing from other origins, so the policy can be strict:
    /// an injected script tag cannot run, and no page can be framed (clickjacking).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference (Scalar) starts itself with one inline module script, allowed by its hash only, and its
    /// components set inline styles. Everything else stays as strict as on our own pages.
    /// </summary>
    public static string ApiReferencePolicy(IEnumerable<string> scriptHashes) =>
        "default-src 'self'; script-src 'self' " + string.Join(' ', scriptHashes.Select(h => "'sha256-" + h + "'")) +
        "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Where the API reference lives; only there does <see cref="ApiReferencePolicy"/> apply.</summary>
    public const string ApiReferencePath = "/api/docs";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";

    public const string ReferrerPolicy = "no-referrer";

    /// <summary>Asset data is a map of attackable devices: no browser or proxy may keep a copy.</summary>
    public const string NoStore = "no-store";

    public static string StrictTransportSecurity(int maxAgeDays) =>
        "max-age=" + ((long)Math.Max(0, maxAgeDays) * 86400).ToString(System.Globalization.CultureInfo.InvariantCulture) + "; includeSubDomains";
}
