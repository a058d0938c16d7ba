using System.Net;
using MedPatch.Core.Security;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Models;

public sealed class ModelPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Saving_the_model_form_stores_the_changes_and_shows_a_message_after_the_redirect(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.ClinicalEngineer, inventory.Organization.Id);
        var page = $"/models/{inventory.CarescapeB450.Id}";
        var response = await PageForms.SubmitAsync(browser, page,
        [
            new("end_of_sale", "2027-03-31"),
            new("end_of_support", "2031-03-31"),
            new("device_type", "Patient monitor"),
            new("clinical_function", "Bedside vital signs"),
            new("model_numbers", "B450, B450-2 ,, b450"),
            new("remote_push_possible", "yes"),
            new("customer_may_install", "no"),
            new("manufacturer_must_install", ""),
            new("typical_install_minutes", "45"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(page, response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("role=\"status\">Saved GE HealthCare CARESCAPE B450.", html, StringComparison.Ordinal);
        await using var check = database.NewContext();
        var stored = await check.DeviceModels.SingleAsync(m => m.Id == inventory.CarescapeB450.Id, Cancel);
        Assert.Equal(new DateOnly(2031, 3, 31), stored.EndOfSupport);
        Assert.Equal(["B450", "B450-2"], stored.ModelNumbers);
        Assert.True(stored.PatchPolicy.RemotePushPossible);
        Assert.False(stored.PatchPolicy.CustomerMayInstall);
        Assert.Null(stored.PatchPolicy.ManufacturerMustInstall);
        Assert.Equal(45, stored.TypicalInstallMinutes);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invalid_form_shows_the_error_next_to_the_field_and_saves_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.ClinicalEngineer, inventory.Organization.Id);
        var response = await PageForms.SubmitAsync(browser, $"/models/{inventory.SigmaSpectrum.Id}",
        [
            new("end_of_sale", "2019-01-01"),
            new("end_of_support", "2018-01-01"),
            new("typical_install_minutes", "an hour"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("before end of sale", PageForms.ElementText(html, "end_of_support-error"), StringComparison.Ordinal);
        Assert.Equal("Enter a whole number of minutes.", PageForms.ElementText(html, "typical_install_minutes-error"));
        Assert.Matches("id=\"typical_install_minutes\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"typical_install_minutes-error\"", html);
        await using var check = database.NewContext();
        var stored = await check.DeviceModels.SingleAsync(m => m.Id == inventory.SigmaSpectrum.Id, Cancel);
        Assert.Equal(TestInventory.PastEndOfSupport, stored.EndOfSupport);
        Assert.Null(stored.EndOfSale);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_model_list_filters_by_device_type_and_links_each_model(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var html = await server.Client.GetStringAsync("/models?device_type=Ventilator", Cancel);
        var missing = await server.Client.GetAsync($"/models/{Guid.CreateVersion7()}", Cancel);

        Assert.Contains($"<a href=\"/models/{inventory.EvitaV500.Id}\">Evita V500</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sigma Spectrum", html, StringComparison.Ordinal);
        Assert.Equal("1 model(s)", PageForms.ElementText(html, "model-count"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
