using System.Text;
using MedPatch.Core.Security;
using MedPatch.Tests.TestKit;
using MedPatch.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace MedPatch.Tests.Security;

/// <summary>Cross-site form posts are refused by antiforgery; oversized bodies are refused before they are read.</summary>
public sealed class HardeningFormAndBodyTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_form_post_without_the_antiforgery_token_is_refused_and_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        // A signed-in clinical engineer's browser session: exactly what a forged cross-site form would ride on.
        using var client = await server.SignedInClientAsync(Role.ClinicalEngineer);
        using var form = new FormUrlEncodedContent(
        [
            KeyValuePair.Create("clinical_function", "changed by a forged form"),
            KeyValuePair.Create("device_type", "Forged"),
            KeyValuePair.Create("end_of_support", "2001-01-01"),
        ]);

        using var response = await client.PostAsync(new Uri($"/models/{inventory.EvitaV500.Id}", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(400, (int)response.StatusCode);
        await using var check = database.NewContext();
        var model = await check.DeviceModels.AsNoTracking().IgnoreQueryFilters().SingleAsync(m => m.Id == inventory.EvitaV500.Id, TestContext.Current.CancellationToken);
        Assert.Equal("Ventilator", model.DeviceType);
        Assert.NotEqual("changed by a forged form", model.ClinicalFunction);
        Assert.Equal(TestInventory.FutureEndOfSupport, model.EndOfSupport);
    }

    [Fact]
    public async Task The_sign_in_form_posted_without_its_antiforgery_token_answers_400()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("email", "someone@example.org"), KeyValuePair.Create("password", "guess")]);

        using var response = await server.Client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task An_api_body_over_the_configured_limit_answers_413()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings, Limit(64 * 1024));
        var json = "{\"asset_tag\": \"" + new string('x', 100 * 1024) + "\"}";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await server.Client.PostAsync(new Uri("/api/v1/devices", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(413, (int)response.StatusCode);
        HardeningHeadersTests.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_chunked_form_without_a_length_is_cut_off_at_the_limit_and_refused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings, Limit(64 * 1024));
        var form = "email=a%40example.org&password=" + new string('x', 100 * 1024);
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(form)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sign-in", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        // The antiforgery check reads the form first and reports the cut-off body as a bad request.
        Assert.True((int)response.StatusCode is 400 or 413, $"answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_body_read_past_the_limit_by_an_endpoint_answers_413_problem_details()
    {
        var services = new ServiceCollection().AddProblemDetails().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/v1/devices";
        context.Response.Body = new MemoryStream();
        var middleware = new HardeningRequestSize(
            _ => throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge),
            Microsoft.Extensions.Options.Options.Create(new HardeningOptions()));

        await middleware.InvokeAsync(context);

        Assert.Equal(413, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_listed_for_large_bodies_gets_its_own_limit()
    {
        var services = new ServiceCollection().AddProblemDetails().AddLogging().BuildServiceProvider();
        var options = new HardeningOptions { MaxRequestBodyBytes = 10 };
        options.LargeBodyPaths["/api/v1/imports"] = 1000;
        var middleware = new HardeningRequestSize(c => { c.Response.StatusCode = 204; return Task.CompletedTask; }, Microsoft.Extensions.Options.Options.Create(options));
        var import = new DefaultHttpContext { RequestServices = services };
        import.Request.Path = "/api/v1/imports/devices";
        import.Request.ContentLength = 500;
        var other = new DefaultHttpContext { RequestServices = services };
        other.Request.Path = "/api/v1/devices";
        other.Request.ContentLength = 500;
        other.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(import);
        await middleware.InvokeAsync(other);

        Assert.Equal(204, import.Response.StatusCode);
        Assert.Equal(413, other.Response.StatusCode);
    }

    [Fact]
    public async Task A_form_over_the_limit_is_refused_with_413()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings, Limit(64 * 1024));
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("clinical_function", new string('x', 100 * 1024))]);

        using var response = await server.Client.PostAsync(new Uri($"/models/{inventory.EvitaV500.Id}", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(413, (int)response.StatusCode);
    }

    [Fact]
    public async Task The_default_body_limit_is_one_mebibyte()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var limits = server.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value.Limits;

        Assert.Equal(1024 * 1024, limits.MaxRequestBodySize);
    }

    private static Action<WebApplicationBuilder> Limit(long bytes) => builder =>
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>(HardeningOptions.Section + ":MaxRequestBodyBytes", bytes.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
