using System.Net.Http.Headers;
using MedPatch.Composition;
using MedPatch.Core.Security;
using MedPatch.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MedPatch.Tests.TestKit;

/// <summary>
/// The real web app on Kestrel at an ephemeral loopback port, for HTTP and browser tests. <see cref="Client"/> acts
/// as an administrator of the test's organization (with a write token); other clients sign in as other roles or not at all.
/// </summary>
public sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<HttpClient> clients = [];

    private TestWebServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient(new LazyAdminTokenHandler(async () =>
        {
            var admin = await CreateUserAsync(Role.Admin, withPassword: false);
            return await CreateTokenAsync(admin, TokenScope.Write);
        }))
        { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>An administrator of the oldest organization in the database, through a write-scoped API token.</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<TestWebServer> StartAsync(DatabaseSettings database, Action<WebApplicationBuilder>? configure = null)
    {
        var app = MedPatchWebApp.Create(database, "http://127.0.0.1:0", builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestWebServer(app, new Uri(address));
    }

    /// <summary>A user with these roles in the organization (default: the oldest one), optionally limited to some facilities.</summary>
    public Task<TestUser> CreateUserAsync(Role role, Guid? organizationId = null, IReadOnlyList<Guid>? facilities = null, bool withPassword = true) =>
        TestCredentials.CreateUserAsync(Services, [role], organizationId, facilities, withPassword);

    public Task<string> CreateTokenAsync(TestUser user, TokenScope scope, int days = 90) => TestCredentials.CreateTokenAsync(Services, user, scope, days);

    /// <summary>A client acting as a new user with this role, through an API token of the given scope.</summary>
    public async Task<HttpClient> ClientForAsync(Role role, Guid? organizationId = null, IReadOnlyList<Guid>? facilities = null, TokenScope scope = TokenScope.Write)
    {
        var user = await CreateUserAsync(role, organizationId, facilities, withPassword: false);
        return ClientWithToken(await CreateTokenAsync(user, scope));
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = Track(SignInForm.NewBrowserLikeClient(BaseAddress));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client with no credentials and its own cookie jar; it does not follow redirects unless asked.</summary>
    public HttpClient AnonymousClient(bool followRedirects = false) => Track(SignInForm.NewBrowserLikeClient(BaseAddress, followRedirects));

    /// <summary>A client signed in with a session cookie through the real sign-in form, as a new user with this role.</summary>
    public async Task<HttpClient> SignedInClientAsync(Role role, Guid? organizationId = null, IReadOnlyList<Guid>? facilities = null)
    {
        var user = await CreateUserAsync(role, organizationId, facilities);
        return await SignedInClientAsync(user);
    }

    public async Task<HttpClient> SignedInClientAsync(TestUser user)
    {
        var client = AnonymousClient(followRedirects: true);
        using var response = await SignInForm.PostAsync(client, user.Email, user.Password);
        Assert.NotEqual("/account/sign-in", response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    private HttpClient Track(HttpClient client)
    {
        lock (clients)
        {
            clients.Add(client);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        lock (clients)
        {
            clients.ForEach(c => c.Dispose());
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }
}
