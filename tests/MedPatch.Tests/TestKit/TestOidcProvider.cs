using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace MedPatch.Tests.TestKit;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on Kestrel at an ephemeral loopback port: authorization code flow
/// with PKCE, token and userinfo endpoints, ephemeral keys. Its authorization endpoint signs in <see cref="User"/>
/// at once, so a test drives the whole single sign-on flow with plain HTTP requests.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string RoleClaim = "roles";
    public const string FacilityClaim = "facilities";

    private readonly WebApplication app;
    private readonly SqliteConnection store;

    private TestOidcProvider(WebApplication app, SqliteConnection store, Uri issuer)
    {
        this.app = app;
        this.store = store;
        Issuer = issuer;
    }

    public Uri Issuer { get; }

    /// <summary>Who the next authorization request signs in; a test may change it between sign-ins.</summary>
    public TestOidcUser User { get; set; } = new("subject-1", "sso.user@example.org", []);

    public static async Task<TestOidcProvider> StartAsync()
    {
        // An in-memory SQLite database lives as long as one connection to it stays open.
        var store = new SqliteConnection("Data Source=:memory:");
        await store.OpenAsync(TestContext.Current.CancellationToken);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<TestOidcProviderDbContext>(options => options.UseSqlite(store).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<TestOidcProviderDbContext>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
                options.RegisterClaims(RoleClaim, FacilityClaim);
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        TestOidcProvider? provider = null;
        TestOidcProviderEndpoints.Map(app, () => provider!.User);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestOidcProviderDbContext>().Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        }

        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider = new TestOidcProvider(app, store, new Uri(address.TrimEnd('/') + "/"));
        return provider;
    }

    /// <summary>Registers a confidential client that may use the code flow (with PKCE) to the given redirect URI.</summary>
    public async Task RegisterClientAsync(string clientId, string clientSecret, Uri redirectUri)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(
            new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = clientSecret,
                ClientType = ClientTypes.Confidential,
                RedirectUris = { redirectUri },
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Profile,
                    Permissions.Scopes.Email,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            },
            TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await store.DisposeAsync();
    }
}
