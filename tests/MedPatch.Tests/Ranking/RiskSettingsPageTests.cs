using System.Text.RegularExpressions;
using MedPatch.Core.Security;
using MedPatch.Features.Ranking;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedPatch.Tests.Ranking;

public sealed partial class RiskSettingsPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_changes_a_weight_in_the_browser_and_sees_it_saved()
    {
        var chromium = ChromiumPath();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var admin = await server.CreateUserAsync(Role.Admin, inventory.Organization.Id);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });
        await page.GotoAsync("/settings/risk");
        await page.GetByLabel("Email").FillAsync(admin.Email);
        await page.GetByLabel("Password").FillAsync(admin.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Risk settings");
        await Expect(page.Locator("#risk-source")).ToContainTextAsync("The defaults");
        await Expect(page.GetByLabel("Listed in KEV")).ToHaveValueAsync("15");

        // A refused value is shown next to its field and nothing is stored.
        await page.GetByLabel("Listed in KEV").FillAsync("-3");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save settings" }).ClickAsync();
        await Expect(page.Locator("#risk-weights-kev-error")).ToContainTextAsync("0 or more");
        await Expect(page.GetByLabel("Listed in KEV")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.GetByLabel("Listed in KEV").FillAsync("40");
        await page.GetByLabel("An unassessed segment counts as").SelectOptionAsync("controlled");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save settings" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved the risk settings; the exposures were re-ranked.");
        await Expect(page.GetByLabel("Listed in KEV")).ToHaveValueAsync("40");
        await Expect(page.GetByLabel("An unassessed segment counts as")).ToHaveValueAsync("controlled");
        await Expect(page.Locator("#risk-source")).ToContainTextAsync(SavedBy());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "medpatch-ui", $"risk-settings-{Guid.NewGuid():N}.png"), FullPage = true });

        await using var check = database.NewContext();
        var stored = RiskSettingsJson.ReadOrDefault((await check.RiskSettings.AsNoTracking().SingleAsync(Cancel)).SettingsJson);
        Assert.Equal(40, stored.Weights.Kev);
        Assert.Equal(Core.Organizations.SegmentExposure.Controlled, stored.UnsetSegmentCountsAs);
        Assert.Equal(25, stored.Weights.CvssBase);
    }

    [Fact]
    public async Task A_reader_sees_the_values_and_why_without_a_form_and_cannot_post()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var reader = await server.SignedInClientAsync(Role.SecurityAnalyst, inventory.Organization.Id);

        var html = await reader.GetStringAsync("/settings/risk", Cancel);
        using var form = new FormUrlEncodedContent([new("weights.kev", "99"), new("__RequestVerificationToken", PageForms.AntiforgeryToken(html))]);
        var post = await reader.PostAsync("/settings/risk", form, Cancel);

        Assert.Equal("15", PageForms.ElementText(html, "risk-weights-kev-value"));
        Assert.Contains("nobody has shown for an unassessed segment", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"weights.kev\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/account/access-denied", post.RequestMessage!.RequestUri!.AbsolutePath);
        await using var check = database.NewContext();
        Assert.Empty(await check.RiskSettings.AsNoTracking().ToListAsync(Cancel));
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("MEDPATCH_CHROMIUM");
        path = string.IsNullOrWhiteSpace(path) ? "/usr/bin/chromium" : path;
        if (File.Exists(path))
        {
            return path;
        }

        var message = $"Chromium not found at {path}: install Debian's chromium package or set MEDPATCH_CHROMIUM";
        if (Databases.InCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip("Browser test skipped. " + message);
        return path;
    }

    [GeneratedRegex("Saved by .+@")]
    private static partial Regex SavedBy();
}
