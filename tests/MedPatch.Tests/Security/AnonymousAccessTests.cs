using System.Net;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Security;

public sealed class AnonymousAccessTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>What may answer without signing in: signing in itself (with a password or single sign-on), health, and the API's description.</summary>
    private static readonly string[] OpenRoutes = ["/account/sign-in", "/account/two-factor", "/account/sso", "/account/external-sign-in", "/account/access-denied", "/healthz", "/openapi/{documentName}.json", "/api/docs"];

    [Fact]
    public async Task Only_sign_in_health_and_the_api_description_are_open_to_anonymous_callers()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var open = EndpointCatalog.All(server).Where(e => e.AllowsAnonymous).Select(e => e.Route).Distinct().ToList();

        Assert.All(open, route => Assert.Contains(OpenRoutes, allowed => route == allowed || route.StartsWith(allowed + "/", StringComparison.Ordinal)));
        Assert.Contains("/healthz", open);
        Assert.Contains("/account/sign-in", open);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_other_endpoint_answers_401_to_api_callers_and_redirects_pages_to_sign_in(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var anonymous = server.AnonymousClient();
        var closed = EndpointCatalog.All(server).Where(e => !e.AllowsAnonymous).ToList();
        Assert.Contains(closed, e => e.IsPage);
        Assert.Contains(closed, e => e.IsApi);

        foreach (var endpoint in closed)
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), EndpointCatalog.SampleUrl(endpoint.Route));
            if (endpoint.Method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, endpoint.IsPage ? "application/x-www-form-urlencoded" : "application/json");
            }

            using var response = await anonymous.SendAsync(request, Cancel);

            if (endpoint.IsPage)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{endpoint} answered {(int)response.StatusCode}");
                Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{endpoint} answered {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Every_api_endpoint_and_page_declares_the_permission_it_needs()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        // Pages for any signed-in user about their own account are the only ones without a permission.
        var undeclared = EndpointCatalog.All(server)
            .Where(e => !e.AllowsAnonymous && e.Permission is null && !e.Route.StartsWith("/account/", StringComparison.Ordinal))
            .Select(e => e.ToString())
            .ToList();

        Assert.Empty(undeclared);
    }
}
