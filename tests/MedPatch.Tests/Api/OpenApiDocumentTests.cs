using System.Text.Json;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Api;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_openapi_document_is_openapi_3_and_lists_the_device_and_facility_routes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var text = await server.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var paths = root.GetProperty("paths");

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("MedPatch API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("info").GetProperty("version").GetString()));
        foreach (var path in new[] { "/api/v1/devices", "/api/v1/devices/{id}", "/api/v1/facilities", "/api/v1/facilities/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        var devices = paths.GetProperty("/api/v1/devices");
        var device = paths.GetProperty("/api/v1/devices/{id}");
        Assert.Equal(["get", "post"], devices.EnumerateObject().Select(p => p.Name).Where(IsVerb).Order(StringComparer.Ordinal));
        Assert.Equal(["delete", "get", "put"], device.EnumerateObject().Select(p => p.Name).Where(IsVerb).Order(StringComparer.Ordinal));

        // The unions of typed results make every answer a documented response, problem details included.
        var create = devices.GetProperty("post").GetProperty("responses");
        Assert.True(create.TryGetProperty("201", out _));
        Assert.True(create.TryGetProperty("400", out var invalid));
        Assert.True(invalid.GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(create.TryGetProperty("409", out _));
        Assert.True(device.GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        var parameters = devices.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("device_type", parameters);
        Assert.Contains("page_size", parameters);
        Assert.Equal("ListDevices", devices.GetProperty("get").GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task The_api_reference_page_answers_html()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var response = await server.Client.GetAsync(new Uri("/api/docs", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("MedPatch API", html, StringComparison.Ordinal);
    }

    private static bool IsVerb(string name) => name is "get" or "post" or "put" or "delete" or "patch";
}
