using MedPatch.Data;
using MedPatch.Tests.TestKit;
using static MedPatch.Tests.Api.ApiTestSupport;

namespace MedPatch.Tests.Api;

public sealed class HealthAndProblemTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Healthz_answers_200_when_the_database_answers(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var response = await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("healthy", (await response.BodyAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_sqlite_file_cannot_be_opened()
    {
        var unreachable = DatabaseSettings.Parse(Path.Combine(Path.GetTempPath(), "medpatch-missing-" + Guid.NewGuid().ToString("N"), "no.db"));
        await using var server = await TestWebServer.StartAsync(unreachable, Quiet);

        using var response = await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        AssertProblem(response, 503);
    }

    [Fact]
    public async Task Healthz_answers_503_when_nothing_listens_on_the_postgres_port()
    {
        var unreachable = DatabaseSettings.Parse($"Host=127.0.0.1;Port={FreePort()};Username=postgres;Database=medpatch;Timeout=3");
        await using var server = await TestWebServer.StartAsync(unreachable, Quiet);

        using var response = await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        AssertProblem(response, 503);
    }

    [Fact]
    public async Task An_unhandled_database_failure_in_the_api_is_a_500_problem()
    {
        var unreachable = DatabaseSettings.Parse(Path.Combine(Path.GetTempPath(), "medpatch-missing-" + Guid.NewGuid().ToString("N"), "no.db"));
        await using var server = await TestWebServer.StartAsync(unreachable, Quiet);

        using var response = await server.Client.GetAsync(new Uri("/api/v1/devices", UriKind.Relative), TestContext.Current.CancellationToken);

        AssertProblem(response, 500);
        Assert.Equal(500, (await response.BodyAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        using var response = await server.Client.GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative), TestContext.Current.CancellationToken);
        using var notAGuid = await server.Client.GetAsync(new Uri("/api/v1/devices/not-a-guid", UriKind.Relative), TestContext.Current.CancellationToken);

        AssertProblem(response, 404);
        AssertProblem(notAGuid, 404);
    }

    [Fact]
    public async Task A_malformed_json_body_is_a_400_problem()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        using var content = new StringContent("{\"asset_tag\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await server.Client.PostAsync(new Uri("/api/v1/devices", UriKind.Relative), content, TestContext.Current.CancellationToken);

        AssertProblem(response, 400);
    }

    // The failures below are the point of these tests; their error logs would only bury real ones.
    private static void Quiet(WebApplicationBuilder builder) => builder.Logging.SetMinimumLevel(LogLevel.None);

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
