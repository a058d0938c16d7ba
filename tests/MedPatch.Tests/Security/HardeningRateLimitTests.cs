using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Tests.TestKit;
using MedPatch.Web.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MedPatch.Tests.Security;

/// <summary>Budgets come from the "RateLimits" configuration section; spending one answers 429 problem details with Retry-After.</summary>
public sealed class HardeningRateLimitTests
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_budget_of_one_address_answer_429_with_retry_after()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings, Limits(("SignInPermits", "3")));

        var statuses = new List<int>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await PostSignInAsync(server.Client);
            statuses.Add((int)allowed.StatusCode);
        }

        using var refused = await PostSignInAsync(server.Client);

        Assert.DoesNotContain(429, statuses);
        await AssertTooManyRequestsAsync(refused);
    }

    [Fact]
    public async Task Api_requests_beyond_the_budget_answer_429_while_pages_and_health_stay_available()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings, Limits(("ApiPermits", "2")));

        for (var request = 0; request < 2; request++)
        {
            using var allowed = await server.Client.GetAsync(new Uri("/api/v1/facilities", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.NotEqual(429, (int)allowed.StatusCode);
        }

        using var refused = await server.Client.GetAsync(new Uri("/api/v1/devices", UriKind.Relative), TestContext.Current.CancellationToken);
        using var health = await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        await AssertTooManyRequestsAsync(refused);
        HardeningHeadersTests.AssertSecurityHeaders(refused);
        Assert.Equal(200, (int)health.StatusCode);
    }

    [Fact]
    public async Task Each_bearer_credential_has_its_own_api_budget()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings, Limits(("ApiPermits", "1"), ("ApiAuthenticationFailurePermits", "100")));

        using var first = await GetWithTokenAsync(server.Client, "mpt_first");
        using var firstAgain = await GetWithTokenAsync(server.Client, "mpt_first");
        using var second = await GetWithTokenAsync(server.Client, "mpt_second");

        Assert.NotEqual(429, (int)first.StatusCode);
        Assert.Equal(429, (int)firstAgain.StatusCode);
        Assert.NotEqual(429, (int)second.StatusCode);
    }

    [Fact]
    public async Task An_address_whose_api_calls_keep_failing_authentication_is_turned_away()
    {
        var limits = Options.Create(new RateLimitOptions { ApiAuthenticationFailurePermits = 2 });
        using var failures = new RateLimitAuthenticationFailures(limits);
        var reached = 0;
        RequestDelegate unauthorized = context =>
        {
            reached++;
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };

        var answers = new List<int>();
        for (var guess = 0; guess < 3; guess++)
        {
            var context = ApiContext("10.1.2.3");
            await failures.InvokeAsync(context, unauthorized);
            answers.Add(context.Response.StatusCode);
        }

        var otherAddress = ApiContext("10.9.9.9");
        await failures.InvokeAsync(otherAddress, unauthorized);

        Assert.Equal([401, 401, 429], answers);
        Assert.Equal(3, reached);
        Assert.Equal(401, otherAddress.Response.StatusCode);
    }

    [Fact]
    public async Task Successful_api_calls_do_not_spend_the_authentication_failure_budget()
    {
        using var failures = new RateLimitAuthenticationFailures(Options.Create(new RateLimitOptions { ApiAuthenticationFailurePermits = 1 }));

        for (var call = 0; call < 5; call++)
        {
            var context = ApiContext("10.1.2.3");
            await failures.InvokeAsync(context, c =>
            {
                c.Response.StatusCode = StatusCodes.Status200OK;
                return Task.CompletedTask;
            });
            Assert.Equal(200, context.Response.StatusCode);
        }
    }

    private static DefaultHttpContext ApiContext(string address)
    {
        var services = new ServiceCollection().AddProblemDetails().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/v1/devices";
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static Action<WebApplicationBuilder> Limits(params (string Key, string Value)[] values) => builder =>
        builder.Configuration.AddInMemoryCollection(values.Select(v => KeyValuePair.Create<string, string?>(RateLimitOptions.Section + ":" + v.Key, v.Value)));

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client)
    {
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("Email", "nobody@example.org"), KeyValuePair.Create("Password", "wrong")]);
        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    private static async Task<HttpResponseMessage> GetWithTokenAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/facilities", UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task AssertTooManyRequestsAsync(HttpResponseMessage response)
    {
        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var seconds = response.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.True(seconds is > 0 and <= 60, $"Retry-After was '{response.Headers.RetryAfter}'");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }
}
