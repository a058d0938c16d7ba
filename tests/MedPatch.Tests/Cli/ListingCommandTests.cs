using System.Text.Json;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Cli;

public sealed class ListingCommandTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Devices_filters_by_facility_manufacturer_alias_and_support(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        var all = await JsonAsync("devices", "--json", "--db", database.DbArgument);
        var childrens = await JsonAsync("devices", "--json", "--facility", "riverside children's hospital", "--db", database.DbArgument);
        var hillrom = await JsonAsync("devices", "--json", "--manufacturer", "Hillrom Inc.", "--db", database.DbArgument);
        var unsupported = await JsonAsync("devices", "--json", "--unsupported", "--db", database.DbArgument);

        Assert.Equal(10, all.GetArrayLength());
        Assert.Equal(4, childrens.GetArrayLength());
        Assert.All(hillrom.EnumerateArray(), d => Assert.Equal("Sigma Spectrum", d.GetProperty("model").GetString()));
        Assert.Equal(3, hillrom.GetArrayLength());
        Assert.Equal(3, unsupported.GetArrayLength());
        Assert.All(unsupported.EnumerateArray(), d => Assert.Equal("end_of_support", d.GetProperty("support_status").GetString()));
        Assert.Equal("A00001", all[0].GetProperty("asset_tag").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Models_and_manufacturers_list_counts_and_aliases(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        var models = await JsonAsync("models", "--json", "--db", database.DbArgument);
        var manufacturers = await JsonAsync("manufacturers", "--json", "--db", database.DbArgument);
        var table = await CliRunner.RunAsync("models", "--db", database.DbArgument);

        Assert.Equal(4, models.GetArrayLength());
        var spectrum = models.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Sigma Spectrum");
        Assert.Equal(3, spectrum.GetProperty("device_count").GetInt32());
        Assert.Equal("end_of_support", spectrum.GetProperty("support_status").GetString());
        Assert.True(spectrum.GetProperty("manufacturer_must_install").GetBoolean());
        var baxter = manufacturers.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Baxter");
        Assert.Equal("Hillrom", baxter.GetProperty("aliases")[0].GetString());
        Assert.Equal("security_web_page", baxter.GetProperty("channels")[0].GetProperty("kind").GetString());
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Evita V500", table.Output, StringComparison.Ordinal);
        Assert.Contains("4 model(s)", table.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reading_a_database_without_schema_says_to_migrate_and_importing_migrates_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, migrate: false);
        var file = Path.Combine(Path.GetTempPath(), "medpatch-fresh-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(file, "asset_tag,manufacturer,model,facility\nB-1,Philips,IntelliVue MX450,North Hospital\n", TestContext.Current.CancellationToken);

        var listing = await CliRunner.RunAsync("devices", "--db", database.DbArgument);
        var import = await CliRunner.RunAsync("import", "devices", file, "--db", database.DbArgument, "--json");
        var after = await JsonAsync("devices", "--json", "--db", database.DbArgument);
        File.Delete(file);

        Assert.Equal(1, listing.ExitCode);
        Assert.Contains("medpatch db migrate", listing.Error, StringComparison.Ordinal);
        Assert.True(import.ExitCode == 0, import.Error + import.Output);
        Assert.Equal("B-1", after[0].GetProperty("asset_tag").GetString());
    }

    [Fact]
    public async Task An_unreadable_database_url_is_one_error_line_and_exit_2()
    {
        var result = await CliRunner.RunAsync("devices", "--db", "postgres://");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --db:", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    private static async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }
}
