using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MedPatch.Composition;
using MedPatch.Tests.TestKit;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MedPatch.Tests.Security;

/// <summary>The server on HTTPS with a configured certificate: HSTS there, redirects from HTTP, none of it on plain HTTP.</summary>
public sealed class HardeningHttpsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("medpatch-tls-").FullName;

    [Fact]
    public async Task Over_https_with_a_pfx_certificate_answers_carry_hsts_of_at_least_a_year()
    {
        using var issued = SelfSigned();
        var pfx = Path.Combine(folder, "server.pfx");
        await File.WriteAllBytesAsync(pfx, issued.Export(X509ContentType.Pkcs12, "pfx-password"), TestContext.Current.CancellationToken);
        using var certificate = HttpsCertificate.Load(pfx, null, "pfx-password");
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = await StartAsync(database, "https://127.0.0.1:0", certificate);
        using var client = Trusting(issued);

        using var response = await client.GetAsync(new Uri(Address(app, "https"), "/healthz"), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        var hsts = HardeningHeadersTests.Header(response, "Strict-Transport-Security");
        var maxAge = long.Parse(hsts.Split(';')[0].Replace("max-age=", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 31_536_000, hsts);
        HardeningHeadersTests.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_pem_certificate_with_its_separate_key_serves_https()
    {
        using var issued = SelfSigned();
        var certificateFile = Path.Combine(folder, "server.crt");
        var keyFile = Path.Combine(folder, "server.key");
        await File.WriteAllTextAsync(certificateFile, issued.ExportCertificatePem(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(keyFile, issued.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem(), TestContext.Current.CancellationToken);
        using var certificate = HttpsCertificate.Load(certificateFile, keyFile, null);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = await StartAsync(database, "https://127.0.0.1:0", certificate);
        using var client = Trusting(issued);

        using var response = await client.GetAsync(new Uri(Address(app, "https"), "/openapi/v1.json"), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task When_both_http_and_https_are_bound_http_requests_are_redirected_to_https()
    {
        using var issued = SelfSigned();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = await StartAsync(database, "https://127.0.0.1:0;http://127.0.0.1:0", issued);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler);
        var https = Address(app, "https");

        using var response = await client.GetAsync(new Uri(Address(app, "http"), "/devices?page=2"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri(https, "/devices?page=2"), response.Headers.Location);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS must not be sent over plain HTTP");
    }

    [Fact]
    public async Task Over_plain_http_alone_nothing_is_redirected_and_no_hsts_is_sent()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var response = await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void A_certificate_file_without_a_private_key_is_refused_with_a_clear_message()
    {
        using var issued = SelfSigned();
        var certificateFile = Path.Combine(folder, "public-only.crt");
        File.WriteAllText(certificateFile, issued.ExportCertificatePem());

        var error = Assert.ThrowsAny<Exception>(() => HttpsCertificate.Load(certificateFile, null, null));

        Assert.True(error is CryptographicException or InvalidOperationException, error.ToString());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<RunningApp> StartAsync(TestDatabase database, string urls, X509Certificate2 certificate)
    {
        var app = MedPatchWebApp.Create(database.Settings, urls, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            HttpsCertificate.UseFor(builder, certificate);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new RunningApp(app);
    }

    private static Uri Address(RunningApp running, string scheme) =>
        new(running.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith(scheme + "://", StringComparison.Ordinal)));

    private sealed record RunningApp(WebApplication App) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    /// <summary>A client that trusts exactly this certificate, as a pinned integration would.</summary>
    private static HttpClient Trusting(X509Certificate2 certificate)
    {
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) =>
                presented is not null && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.Ordinal),
        };
        return new HttpClient(handler, disposeHandler: true);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }
}
