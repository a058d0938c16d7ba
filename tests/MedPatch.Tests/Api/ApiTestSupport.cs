using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Api;

/// <summary>Shared steps of the API tests: seed the fixed inventory, read JSON answers.</summary>
internal static class ApiTestSupport
{
    public static async Task<TestInventory> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await TestInventory.SeedAsync(db);
    }

    public static async Task<JsonElement> JsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> BodyAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

    public static List<string?> AssetTags(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("asset_tag").GetString()).ToList();

    public static void AssertProblem(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
