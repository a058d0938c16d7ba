using System.Net;
using System.Text.RegularExpressions;

namespace MedPatch.Tests.Features.Models;

/// <summary>Submits a server-rendered form the way a browser does: read the page, take its antiforgery token, post.</summary>
internal static partial class PageForms
{
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "the page has no antiforgery token in its form");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>GETs <paramref name="page"/>, then POSTs the fields to <paramref name="action"/> (default: the page) and follows the redirect.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var html = await client.GetStringAsync(page, TestContext.Current.CancellationToken);
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", AntiforgeryToken(html)) };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(action ?? page, content, TestContext.Current.CancellationToken);
    }

    /// <summary>The inner HTML of the first element with this id; enough for the flat markup of our pages.</summary>
    public static string ElementText(string html, string id)
    {
        var match = Regex.Match(html, $"id=\"{Regex.Escape(id)}\"[^>]*>(.*?)<", RegexOptions.Singleline);
        Assert.True(match.Success, $"no element with id {id}");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
