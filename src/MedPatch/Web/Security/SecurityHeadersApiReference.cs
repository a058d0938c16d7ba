using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace MedPatch.Web.Security;

/// <summary>
/// Scalar's page boots with an inline script whose text depends on its configuration. Rather than allow every
/// inline script on that path, the page is buffered (it is under a kilobyte) and the policy names the SHA-256 of
/// exactly the inline scripts it carries, so an injected script would still be refused.
/// </summary>
internal static partial class SecurityHeadersApiReference
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            context.Response.Headers[HeaderNames.ContentSecurityPolicy] = SecurityHeaders.ApiReferencePolicy(InlineScriptHashes(html));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
    }

    internal static IReadOnlyList<string> InlineScriptHashes(string html) =>
        InlineScript().Matches(html)
            .Select(m => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value))))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    // A script element without a src attribute; its text is hashed exactly as the browser will see it.
    [GeneratedRegex(@"<script(?![^>]*\bsrc\s*=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineScript();
}
