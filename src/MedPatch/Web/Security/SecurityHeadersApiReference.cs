using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace MedPatch.Web.Security;

/// <summary>
/// Scalar's page boots with an inline script whose text depends only on its configuration, not on the request.
/// Rather than allow every inline script on that path, the first page served is buffered (it is under a kilobyte)
/// and the SHA-256 of its inline scripts is pinned for the life of the process: later answers are not buffered, and
/// a script that differs from the pinned ones (an injection) is refused by the browser.
/// </summary>
internal static partial class SecurityHeadersApiReference
{
    private static string? pinnedPolicy;

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Volatile.Read(ref pinnedPolicy) is { } policy)
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    context.Response.Headers[HeaderNames.ContentSecurityPolicy] = policy;
                }

                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
            return;
        }

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
            var pinned = SecurityHeaders.ApiReferencePolicy(InlineScriptHashes(html));
            Interlocked.CompareExchange(ref pinnedPolicy, pinned, null);
            context.Response.Headers[HeaderNames.ContentSecurityPolicy] = Volatile.Read(ref pinnedPolicy);
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
