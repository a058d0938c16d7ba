using System.Text.RegularExpressions;
using MedPatch.Core.Security;
using MedPatch.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedPatch.Tests.Ui;

/// <summary>
/// A real Chromium (Debian's package, never a downloaded one) drives the server-rendered UI the way a person does:
/// dashboard, navigation, the device filter form and a device page.
/// </summary>
public sealed partial class DeviceListBrowserTests
{
    private const string ChromiumVariable = "MEDPATCH_CHROMIUM";
    private const string DefaultChromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_person_opens_the_dashboard_filters_devices_by_facility_and_opens_a_device()
    {
        var chromium = ChromiumPath();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var user = await server.CreateUserAsync(Role.ClinicalEngineer, inventory.Organization.Id);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });

        // Signing in through the real form: the dashboard sends an anonymous visitor there and back.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?returnUrl=%2F$"));
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(DashboardHeading());
        await Expect(page.Locator("#signed-in-user")).ToHaveTextAsync(user.Email);

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Devices", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DeviceListUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Devices");
        await Expect(page.Locator("#device-total")).ToHaveTextAsync("10 devices");

        await page.GetByLabel("Facility").SelectOptionAsync(new SelectOptionValue { Label = "Riverside Children's Hospital" });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Filter" }).ClickAsync();

        await Expect(page.Locator("#device-total")).ToHaveTextAsync("4 devices match the filters");
        var assetTags = page.Locator("table.device-table tbody th[scope=row]");
        await Expect(assetTags).ToHaveTextAsync(["A00007", "A00008", "A00009", "A00010"]);
        await Expect(page.GetByLabel("Facility")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));
        await Expect(page.Locator(".pager")).ToContainTextAsync("Page 1 of 1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("device-list"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "A00008", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DevicePageUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Device A00008");
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Vivid E95" }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("device-page"), FullPage = true });
    }

    /// <summary>The browser to drive; without it the test fails in CI and is skipped elsewhere.</summary>
    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable(ChromiumVariable);
        path = string.IsNullOrWhiteSpace(path) ? DefaultChromium : path;
        if (File.Exists(path))
        {
            return path;
        }

        var message = $"Chromium not found at {path}: install Debian's chromium package or set {ChromiumVariable}";
        if (Databases.InCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip("Browser test skipped. " + message);
        return path;
    }

    // Screenshots are for looking at a failing run; they go to the temp folder, never into the repository.
    private static string ScreenshotPath(string name) =>
        Path.Combine(Path.GetTempPath(), "medpatch-ui", $"{name}-{Guid.NewGuid():N}.png");

    [GeneratedRegex("Dashboard")]
    private static partial Regex DashboardHeading();

    [GeneratedRegex("/devices$")]
    private static partial Regex DeviceListUrl();

    [GeneratedRegex("/devices/[0-9a-f-]{36}$")]
    private static partial Regex DevicePageUrl();
}
