using MedPatch.Data;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Security;

/// <summary>Every kind of answer — page, API, OpenAPI document, static file, error — carries the security headers.</summary>
public sealed class HardeningHeadersTests
{
    public static TheoryData<string> AnonymousPaths => new("/healthz", "/openapi/v1.json", "/css/site.css", "/account/sign-in", "/api/v1/devices", "/", "/no-such-page", "/api/v1/no-such-thing");

    [Theory]
    [MemberData(nameof(AnonymousPaths))]
    public async Task Every_answer_carries_a_strict_content_security_policy_and_the_other_security_headers(string path)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        AssertSecurityHeaders(response);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS must not be sent over plain HTTP");
        Assert.False(response.Headers.Contains("Server"), "the server should not announce itself");
    }

    [Fact]
    public async Task A_server_error_answer_carries_the_security_headers_and_no_store()
    {
        var unreachable = DatabaseSettings.Parse(Path.Combine(Path.GetTempPath(), "medpatch-missing-" + Guid.NewGuid().ToString("N"), "no.db"));
        await using var server = await TestWebServer.StartAsync(unreachable, builder => builder.Logging.SetMinimumLevel(LogLevel.None));

        using var response = await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode >= 500, $"answered {(int)response.StatusCode}");
        AssertSecurityHeaders(response);
        Assert.True(response.Headers.CacheControl?.NoStore, "error answers may describe data and must not be cached");
    }

    [Theory]
    [InlineData("/api/v1/devices")]
    [InlineData("/api/v1/facilities")]
    [InlineData("/")]
    [InlineData("/devices")]
    public async Task Api_and_page_answers_are_never_stored_by_browsers_or_proxies(string path)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} answered {(int)response.StatusCode} with Cache-Control '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task A_public_stylesheet_may_be_cached()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var response = await server.Client.GetAsync(new Uri("/css/site.css", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_api_reference_page_allows_only_its_own_inline_script_by_hash()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var response = await server.Client.GetAsync(new Uri("/api/docs/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = Directive(policy, "script-src");
        Assert.Contains("'sha256-", scriptSrc, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", scriptSrc, StringComparison.Ordinal);
        Assert.Equal("frame-ancestors 'none'", Directive(policy, "frame-ancestors"));
        Assert.Contains("<script", html, StringComparison.Ordinal);
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal("default-src 'self'", Directive(policy, "default-src"));
        Assert.Equal("script-src 'self'", Directive(policy, "script-src"));
        Assert.Equal("style-src 'self'", Directive(policy, "style-src"));
        Assert.Equal("img-src 'self' data:", Directive(policy, "img-src"));
        Assert.Equal("object-src 'none'", Directive(policy, "object-src"));
        Assert.Equal("base-uri 'self'", Directive(policy, "base-uri"));
        Assert.Equal("form-action 'self'", Directive(policy, "form-action"));
        Assert.Equal("frame-ancestors 'none'", Directive(policy, "frame-ancestors"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
    }

    internal static string Header(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues(name, out var values), $"{name} is missing on {response.RequestMessage?.RequestUri}");
        return Assert.Single(values);
    }

    internal static string Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal));
}
