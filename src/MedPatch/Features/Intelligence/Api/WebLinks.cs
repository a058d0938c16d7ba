namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// Advisories are written by outsiders: a URL in them is shown as a link only when it is an absolute http or https
/// address, so a "javascript:" or "data:" URL can never become something a user clicks.
/// </summary>
public static class WebLinks
{
    public static bool IsWebUrl(string? url) =>
        !string.IsNullOrWhiteSpace(url) &&
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
