using System.Net;

namespace MedPatch.Tests.Security.Oidc;

/// <summary>
/// Just enough of a browser for the sign-on flow: follows redirects by hand and keeps one cookie jar per origin,
/// because MedPatch and the provider share the host 127.0.0.1 and cookies do not tell ports apart.
/// </summary>
internal sealed class OidcBrowser : IDisposable
{
    private readonly HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly Dictionary<string, CookieContainer> jars = new(StringComparer.Ordinal);

    /// <summary>Every address requested, in order, redirects included.</summary>
    public List<Uri> Visited { get; } = [];

    /// <summary>Requests the address and follows redirects; answers the last response (which the caller disposes).</summary>
    public async Task<HttpResponseMessage> GetAsync(Uri address)
    {
        var current = address;
        for (var hop = 0; hop < 20; hop++)
        {
            Visited.Add(current);
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            var cookies = Jar(current).GetCookieHeader(AsSecure(current));
            if (cookies.Length > 0)
            {
                request.Headers.Add("Cookie", cookies);
            }

            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var header in setCookies)
                {
                    Jar(current).SetCookies(AsSecure(current), header);
                }
            }

            if ((int)response.StatusCode is < 300 or > 399 || response.Headers.Location is null)
            {
                return response;
            }

            current = new Uri(current, response.Headers.Location);
            response.Dispose();
        }

        throw new InvalidOperationException("too many redirects from " + address);
    }

    public void Dispose() => client.Dispose();

    private CookieContainer Jar(Uri address)
    {
        if (!jars.TryGetValue(address.Authority, out var jar))
        {
            jar = new CookieContainer();
            jars[address.Authority] = jar;
        }

        return jar;
    }

    // Browsers treat loopback as a secure context and send Secure cookies to it over http; CookieContainer does
    // not, so the jar is addressed as https.
    private static Uri AsSecure(Uri address) => new UriBuilder(address) { Scheme = Uri.UriSchemeHttps, Port = address.Port }.Uri;
}
