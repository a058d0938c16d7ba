using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Manufacturers;

public sealed class ManufacturerApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Creating_a_manufacturer_with_aliases_makes_it_listed_and_readable(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var created = await server.Client.PostAsJsonAsync("/api/v1/manufacturers", new
        {
            name = "Philips",
            psirt_contact = "productsecurity@philips.com",
            website = "https://www.philips.com",
            aliases = new[] { "Koninklijke Philips N.V.", "Philips Healthcare", "PHILIPS" },
        }, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(["Koninklijke Philips N.V.", "Philips Healthcare"], body.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var read = await server.Client.GetFromJsonAsync<JsonElement>(created.Headers.Location!, Cancel);
        Assert.Equal("productsecurity@philips.com", read.GetProperty("psirt_contact").GetString());
        var list = await server.Client.GetFromJsonAsync<JsonElement>("/api/v1/manufacturers", Cancel);
        Assert.Equal(4, list.GetArrayLength());
        var baxter = list.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Baxter");
        Assert.Equal(1, baxter.GetProperty("model_count").GetInt32());
        Assert.Equal(3, baxter.GetProperty("device_count").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_alias_another_manufacturer_answers_to_is_a_400_problem_naming_the_field(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var asAlias = await server.Client.PostAsJsonAsync($"/api/v1/manufacturers/{inventory.GeHealthCare.Id}/aliases", new { name = "HILLROM, Inc." }, Cancel);
        var asName = await server.Client.PostAsJsonAsync($"/api/v1/manufacturers/{inventory.GeHealthCare.Id}/aliases", new { name = "Draeger GmbH" }, Cancel);
        var create = await server.Client.PostAsJsonAsync("/api/v1/manufacturers", new { name = "Welch Allyn", aliases = new[] { "General Electric Healthcare" } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, asAlias.StatusCode);
        Assert.Equal("application/problem+json", asAlias.Content.Headers.ContentType?.MediaType);
        var aliasError = (await asAlias.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").GetProperty("name")[0].GetString();
        Assert.Contains("\"Baxter\"", aliasError, StringComparison.Ordinal);
        var nameError = (await asName.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").GetProperty("name")[0].GetString();
        Assert.Contains("\"Dräger\"", nameError, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.True((await create.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("aliases", out _));
        await using var check = database.NewContext();
        Assert.Equal(2, await check.ManufacturerAliases.CountAsync(Cancel));
        Assert.Equal(3, await check.Manufacturers.CountAsync(Cancel));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Aliases_are_added_and_removed_by_any_spelling(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var url = $"/api/v1/manufacturers/{inventory.Draeger.Id}/aliases";
        var added = await server.Client.PostAsJsonAsync(url, new { name = "Drägerwerk AG & Co. KGaA" }, Cancel);
        var again = await server.Client.PostAsJsonAsync(url, new { name = "draegerwerk ag and co kgaa" }, Cancel);
        var own = await server.Client.PostAsJsonAsync(url, new { name = "DRAEGER" }, Cancel);
        var removed = await server.Client.DeleteAsync(url + "/DRAGERWERK%20AG%20%26%20CO.%20KGAA", Cancel);
        var removedAgain = await server.Client.DeleteAsync(url + "/Dr%C3%A4gerwerk%20AG%20%26%20Co.%20KGaA", Cancel);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("Drägerwerk AG & Co. KGaA", (await added.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("aliases")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removedAgain.StatusCode);
        await using var check = database.NewContext();
        Assert.False(await check.ManufacturerAliases.AnyAsync(a => a.ManufacturerId == inventory.Draeger.Id, Cancel));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Channel_addresses_are_checked_against_their_kind(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var url = $"/api/v1/manufacturers/{inventory.GeHealthCare.Id}/channels";
        var emailAsUrl = await server.Client.PostAsJsonAsync(url, new { kind = "email", address = "https://gehealthcare.com/security" }, Cancel);
        var feedAsText = await server.Client.PostAsJsonAsync(url, new { kind = "rss_feed", address = "security news page" }, Cancel);
        var unknownKind = await server.Client.PostAsJsonAsync(url, new { kind = "fax", address = "+1 555 0100" }, Cancel);
        var csaf = await server.Client.PostAsJsonAsync(url, new { kind = "csaf_provider", address = "https://securityupdate.gehealthcare.com/.well-known/csaf/provider-metadata.json" }, Cancel);
        var email = await server.Client.PostAsJsonAsync(url, new { kind = "email", address = "productsecurity@gehealthcare.com", notes = "Monthly digest" }, Cancel);
        var paper = await server.Client.PostAsJsonAsync(url, new { kind = "paper_mail", address = "9900 W Innovation Dr, Wauwatosa, WI" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, emailAsUrl.StatusCode);
        Assert.True((await emailAsUrl.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("address", out _));
        Assert.True((await feedAsText.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("address", out _));
        Assert.True((await unknownKind.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.OK, csaf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, email.StatusCode);
        var channels = (await paper.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("channels");
        Assert.Equal(["csaf_provider", "email", "paper_mail"], channels.EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Order());

        var id = channels.EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "email").GetProperty("id").GetGuid();
        var deleted = await server.Client.DeleteAsync($"{url}/{id}", Cancel);
        var deletedAgain = await server.Client.DeleteAsync($"{url}/{id}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        await using var check = database.NewContext();
        Assert.Equal(2, await check.NotificationChannels.CountAsync(c => c.ManufacturerId == inventory.GeHealthCare.Id, Cancel));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Put_changes_the_details_and_rejects_a_website_that_is_not_a_web_address(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var url = $"/api/v1/manufacturers/{inventory.Baxter.Id}";
        var bad = await server.Client.PutAsJsonAsync(url, new { name = "Baxter", website = "ftp://baxter.com" }, Cancel);
        var taken = await server.Client.PutAsJsonAsync(url, new { name = "GE Healthcare Inc." }, Cancel);
        var good = await server.Client.PutAsJsonAsync(url, new { name = "Baxter International Inc.", psirt_contact = "https://www.baxter.com/product-security", website = "https://www.baxter.com" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("website", out _));
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        await using var check = database.NewContext();
        var stored = await check.Manufacturers.SingleAsync(m => m.Id == inventory.Baxter.Id, Cancel);
        Assert.Equal("Baxter International Inc.", stored.Name);
        Assert.Equal("baxter", stored.NormalizedName);
        Assert.Equal("https://www.baxter.com", stored.Website);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_manufacturer_id_is_a_404_problem(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var url = $"/api/v1/manufacturers/{Guid.CreateVersion7()}";

        var get = await server.Client.GetAsync(url, Cancel);
        var put = await server.Client.PutAsJsonAsync(url, new { name = "Nobody" }, Cancel);
        var alias = await server.Client.PostAsJsonAsync(url + "/aliases", new { name = "Nobody Else" }, Cancel);
        var channel = await server.Client.PostAsJsonAsync(url + "/channels", new { kind = "email", address = "a@example.com" }, Cancel);
        var page = await server.Client.GetAsync($"/manufacturers/{Guid.CreateVersion7()}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, alias.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, channel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}
