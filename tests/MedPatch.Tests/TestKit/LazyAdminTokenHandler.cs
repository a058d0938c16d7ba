using System.Net.Http.Headers;

namespace MedPatch.Tests.TestKit;

/// <summary>
/// Signs the default test client in as an administrator with a write token, created on the first request: tests
/// usually seed their inventory after starting the server, and the administrator must belong to that organization.
/// </summary>
internal sealed class LazyAdminTokenHandler(Func<Task<string>> createToken) : DelegatingHandler(new HttpClientHandler())
{
    // A database that cannot be reached cannot hold credentials. API requests then carry a token nobody issued, so
    // they still go through token authentication, where such a failure surfaces for a real integration; other
    // requests (health probes) go without credentials, as a load balancer's would.
    private const string UnknownToken = "mp_no-credentials-database-unreachable-xxxxxxxxxx";

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && await TokenAsync() is { } secret
            && (secret != UnknownToken || request.RequestUri?.OriginalString.Contains("/api/", StringComparison.Ordinal) == true))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> TokenAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (token is null)
            {
                try
                {
                    token = await createToken();
                }
                catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
                {
                    token = UnknownToken;
                }
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gate.Dispose();
        }

        base.Dispose(disposing);
    }
}
