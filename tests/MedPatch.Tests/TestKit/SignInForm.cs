using System.Net;
using System.Text.RegularExpressions;

namespace MedPatch.Tests.TestKit;

/// <summary>Signs in through the real /account/sign-in form, as a browser does: antiforgery token and cookies.</summary>
public static partial class SignInForm
{
    /// <summary>A client with its own cookie jar, not following redirects, so tests see where the form sends them.</summary>
    public static HttpClient NewBrowserLikeClient(Uri baseAddress, bool followRedirects = false) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects }) { BaseAddress = baseAddress };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var page = "/account/sign-in" + (returnUrl is null ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return await PostFormAsync(client, page, [new("email", email), new("password", password), new("returnUrl", returnUrl ?? string.Empty)]);
    }

    /// <summary>GETs a page and posts the fields with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{page} has no antiforgery token");
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]);
        return await client.PostAsync(new Uri(action ?? page, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
