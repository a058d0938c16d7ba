using System.Net;
using MedPatch.Core.Security;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Manufacturers;

public sealed class ManufacturerPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_colliding_alias_entered_on_the_page_is_explained_next_to_the_field(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.ClinicalEngineer, inventory.Organization.Id);
        var page = $"/manufacturers/{inventory.Draeger.Id}";
        var response = await PageForms.SubmitAsync(browser, page, [new("alias", "Hillrom")], page + "?handler=AddAlias");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("\"Baxter\"", PageForms.ElementText(html, "alias-error"), StringComparison.Ordinal);
        Assert.Matches("id=\"alias\"[^>]*aria-invalid=\"true\"", html);
        await using var check = database.NewContext();
        Assert.False(await check.ManufacturerAliases.AnyAsync(a => a.ManufacturerId == inventory.Draeger.Id, Cancel));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Aliases_and_channels_added_on_the_page_are_listed_after_the_redirect(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.ClinicalEngineer, inventory.Organization.Id);
        var page = $"/manufacturers/{inventory.Draeger.Id}";
        var alias = await PageForms.SubmitAsync(browser, page, [new("alias", "Draegerwerk")], page + "?handler=AddAlias");
        var channel = await PageForms.SubmitAsync(
            browser, page, [new("kind", "security_web_page"), new("address", "https://www.draeger.com/en_uk/Home/Product-Security")], page + "?handler=AddChannel");
        var details = await PageForms.SubmitAsync(
            browser, page, [new("name", "Dräger"), new("psirt_contact", "not an address"), new("website", "")], page + "?handler=Details");

        Assert.Equal(page, alias.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Added the alias Draegerwerk.", await alias.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var html = await channel.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Added the notification channel.", html, StringComparison.Ordinal);
        Assert.Contains("https://www.draeger.com/en_uk/Home/Product-Security", html, StringComparison.Ordinal);
        Assert.Contains("<span>Draegerwerk</span>", html, StringComparison.Ordinal);
        Assert.Contains("email address or an http(s) URL", PageForms.ElementText(await details.Content.ReadAsStringAsync(Cancel), "psirt_contact-error"), StringComparison.Ordinal);
        await using var check = database.NewContext();
        Assert.Single(await check.NotificationChannels.Where(c => c.ManufacturerId == inventory.Draeger.Id).ToListAsync(Cancel));
        Assert.Null((await check.Manufacturers.SingleAsync(m => m.Id == inventory.Draeger.Id, Cancel)).PsirtContact);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_list_shows_aliases_channels_and_counts(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var html = await server.Client.GetStringAsync("/manufacturers", Cancel);

        Assert.Equal("3 manufacturer(s)", PageForms.ElementText(html, "manufacturer-count"));
        Assert.Contains($"<a href=\"/manufacturers/{inventory.Baxter.Id}\">Baxter</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Hillrom</td>", html, StringComparison.Ordinal);
        Assert.Contains("https://www.baxter.com/product-security", html, StringComparison.Ordinal);
    }
}
