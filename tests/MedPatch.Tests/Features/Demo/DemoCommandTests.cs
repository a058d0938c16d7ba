using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MedPatch.Cli;
using MedPatch.Core.Demo;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Demo;

public sealed class DemoCommandTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Demo_migrates_and_seeds_an_empty_database_once_and_leaves_it_alone_the_second_time(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, migrate: false);

        var first = await CliRunner.RunAsync("demo", "--no-serve", "--db", database.DbArgument);
        var afterFirst = await CountsAsync(database);
        var second = await CliRunner.RunAsync("demo", "--no-serve", "--db", database.DbArgument);
        var afterSecond = await CountsAsync(database);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Seeded the demo health system: 2 facilities", first.Output, StringComparison.Ordinal);
        Assert.Contains("5,000 devices", first.Output, StringComparison.Ordinal);
        Assert.Equal((2, DemoManufacturers.All.Count, DemoModels.All.Count, 5_000), afterFirst);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("left the data alone", second.Output, StringComparison.Ordinal);
        Assert.Equal(afterFirst, afterSecond);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_seeded_fleet_is_the_generated_fleet_and_the_unsupported_listing_agrees_with_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seeded = await CliRunner.RunAsync("demo", "--no-serve", "--db", database.DbArgument);
        Assert.True(seeded.ExitCode == 0, seeded.Error);
        var expected = DemoGenerator.Generate(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));

        var unsupported = await CliRunner.RunAsync("devices", "--json", "--unsupported", "--db", database.DbArgument);
        Assert.True(unsupported.ExitCode == 0, unsupported.Error);
        var listed = JsonDocument.Parse(unsupported.Output).RootElement;

        Assert.Equal(expected.UnsupportedDevices, listed.GetArrayLength());
        Assert.InRange((double)listed.GetArrayLength() / expected.Devices.Count, 0.45, 0.60);
        await using var db = database.NewContext();
        var stored = await db.Devices.OrderBy(d => d.AssetTag).Select(d => new { d.Id, d.AssetTag, d.IpAddress, d.DeviceModelId }).ToListAsync(TestContext.Current.CancellationToken);
        var generated = expected.Devices.OrderBy(d => d.AssetTag, StringComparer.Ordinal).Select(d => new { d.Id, d.AssetTag, d.IpAddress, d.DeviceModelId }).ToList();
        Assert.Equal(generated, stored);
        var baxter = await db.Manufacturers.Include(m => m.Aliases).SingleAsync(m => m.Name == "Baxter", TestContext.Current.CancellationToken);
        Assert.Contains(baxter.Aliases, a => a.Name == "Welch Allyn");
    }

    [Fact]
    public async Task Demo_serves_the_web_ui_and_prints_the_url_to_open()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, migrate: false);
        var url = "http://127.0.0.1:" + FreePort();
        using var output = new StringWriter();
        var synchronizedOutput = TextWriter.Synchronized(output);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var run = CliApp.RunAsync(["demo", "--urls", url, "--db", database.DbArgument], synchronizedOutput, TextWriter.Null, stop.Token);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        HttpStatusCode? status = null;
        for (var attempt = 0; attempt < 200 && status is null && !run.IsCompleted; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            if (Printed(output, synchronizedOutput).Contains("Open " + url, StringComparison.Ordinal))
            {
                status = (await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode;
            }
        }

        await stop.CancelAsync();
        var exit = await run;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, exit);
        Assert.Contains("Seeded the demo health system", output.ToString(), StringComparison.Ordinal);
    }

    // The synchronized wrapper locks on itself while writing; reading the buffer under the same lock is safe.
    private static string Printed(StringWriter output, TextWriter synchronizedOutput)
    {
        lock (synchronizedOutput)
        {
            return output.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int Facilities, int Manufacturers, int Models, int Devices)> CountsAsync(TestDatabase database)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        return (
            await db.Facilities.CountAsync(cancellationToken),
            await db.Manufacturers.CountAsync(cancellationToken),
            await db.DeviceModels.CountAsync(cancellationToken),
            await db.Devices.CountAsync(cancellationToken));
    }
}
