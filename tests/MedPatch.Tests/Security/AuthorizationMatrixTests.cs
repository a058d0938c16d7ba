using System.Net;
using System.Text;
using MedPatch.Core.Security;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Security;

/// <summary>
/// Every role against every endpoint and page the running app has, expected outcome read from
/// <see cref="PermissionTable"/>: a role without the permission is refused (403 or the access-denied page), a role
/// with it gets past authorization (whatever the endpoint then answers to sample input), and nobody gets in
/// without signing in.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_role_gets_exactly_what_the_permission_table_grants_on_every_endpoint(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        // Signing out ends the session the rest of the walk uses, so it goes last.
        var endpoints = EndpointCatalog.All(server).Where(e => !e.AllowsAnonymous)
            .OrderBy(e => e.Route.Contains("sign-out", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(endpoints);
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var api = await server.ClientForAsync(role, inventory.Organization.Id);
            var pages = await server.SignedInClientAsync(role, inventory.Organization.Id);

            // A valid antiforgery token (it belongs to the session, not to one form), so that a form post is judged
            // on permission and not refused earlier for a missing token.
            var antiforgery = await AntiforgeryTokenAsync(pages);
            foreach (var endpoint in endpoints)
            {
                var allowed = endpoint.Permission is not { } permission || PermissionTable.Allows(role, permission);
                var outcome = await CallAsync(endpoint.IsPage ? pages : api, endpoint, antiforgery);
                // Signing out succeeds by landing on the sign-in page.
                var signedOut = endpoint.Route.Contains("sign-out", StringComparison.Ordinal) && outcome == Outcome.Unauthenticated;
                if (!signedOut && (outcome == Outcome.Unauthenticated || (outcome == Outcome.Denied) == allowed))
                {
                    failures.Add($"{role} {endpoint}: expected {(allowed ? "allowed" : "denied")}, got {outcome}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Nothing_but_the_open_endpoints_answers_without_signing_in()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var anonymous = server.AnonymousClient(followRedirects: true);
        var failures = new List<string>();
        foreach (var endpoint in EndpointCatalog.All(server).Where(e => !e.AllowsAnonymous))
        {
            var outcome = await CallAsync(anonymous, endpoint);
            if (outcome != Outcome.Unauthenticated)
            {
                failures.Add($"{endpoint}: answered {outcome} without credentials");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task A_read_scoped_token_is_refused_every_write()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var reader = await server.ClientForAsync(Role.Admin, scope: TokenScope.Read);
        var writes = EndpointCatalog.All(server).Where(e => e.IsApi && !e.AllowsAnonymous && e.Method is not ("GET" or "HEAD")).ToList();

        Assert.NotEmpty(writes);
        foreach (var endpoint in writes)
        {
            Assert.True(await CallAsync(reader, endpoint) == Outcome.Denied, endpoint + " accepted a read-only token");
        }
    }

    private enum Outcome
    {
        Allowed,
        Denied,
        Unauthenticated,
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient signedIn)
    {
        // Every page a signed-in user sees carries the sign-out form, the access-denied page included.
        // It answers 403 by design, with the page.
        using var response = await signedIn.GetAsync(new Uri("/account/access-denied", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        Assert.True(match.Success, "no antiforgery token on the access-denied page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static async Task<Outcome> CallAsync(HttpClient client, EndpointEntry endpoint, string? antiforgery = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), EndpointCatalog.SampleUrl(endpoint.Route));
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = endpoint.IsPage
                ? new FormUrlEncodedContent(antiforgery is null ? [] : [new("__RequestVerificationToken", antiforgery)])
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var path = response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty;
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        if (response.StatusCode == HttpStatusCode.Unauthorized ||
            path.Equals("/account/sign-in", StringComparison.OrdinalIgnoreCase) ||
            location.Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Unauthenticated;
        }

        if (response.StatusCode == HttpStatusCode.Forbidden ||
            path.Equals("/account/access-denied", StringComparison.OrdinalIgnoreCase) ||
            location.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Denied;
        }

        return Outcome.Allowed;
    }
}
