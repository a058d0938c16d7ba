using System.Text.RegularExpressions;
using MedPatch.Core.Security;
using MedPatch.Tests.Exposures;
using MedPatch.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedPatch.Tests.Ui;

/// <summary>
/// A real Chromium (Debian's package) over a matched inventory: from the menu to the exposures page, filtering by
/// decision with the form, and on to a device page and its exposures.
/// </summary>
public sealed partial class ExposureBrowserTests
{
    private const string ChromiumVariable = "MEDPATCH_CHROMIUM";
    private const string DefaultChromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_person_filters_exposures_by_decision_and_follows_a_device_to_its_exposures()
    {
        var chromium = ChromiumPath();
        await using var data = await ExposureTestData.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(data.Database.Settings);
        var inRange = (await ExposureTestData.ApiItemsAsync(server.Client, $"device={AlarisInventory.InRange}")).Single();
        var decision = inRange.GetProperty("decision").GetString()!;
        var sameDecision = (await ExposureTestData.ApiItemsAsync(server.Client, $"decision={decision}")).Select(e => e.GetProperty("asset_tag").GetString()!).ToArray();
        var user = await server.CreateUserAsync(Role.SecurityAnalyst, data.OrganizationId);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });

        await page.GotoAsync("/");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Expect(page.Locator("#exposures-unmitigated")).ToHaveTextAsync("3");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("dashboard-exposures"), FullPage = true });

        await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Exposures", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ExposuresUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Exposures");
        await Expect(page.Locator("#exposure-total")).ToHaveTextAsync("4 exposures");

        await page.GetByLabel("Decision", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(decision);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Filter" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/exposures\\?decision={decision}"));
        await Expect(page.Locator("#exposure-total")).ToHaveTextAsync($"{sameDecision.Length} {(sameDecision.Length == 1 ? "exposure" : "exposures")} match the filters");
        await Expect(page.Locator($"#tab-{decision}")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("table.exposure-table")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#exposures-{decision} tbody th[scope=row] a")).ToHaveTextAsync(sameDecision);

        // The reason and the decision rule open in place.
        var row = page.Locator($"#exposures-{decision} tbody tr").Filter(new LocatorFilterOptions { HasText = AlarisInventory.InRange });
        await row.GetByText("Reason", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Expect(row.Locator("details p").First).ToHaveTextAsync(inRange.GetProperty("reason").GetString()!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("exposures"), FullPage = true });

        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = AlarisInventory.InRange, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DevicePageUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Device {AlarisInventory.InRange}");
        var section = page.Locator("section").Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Exposures", Exact = true }) });
        await Expect(section.Locator("#exposure-count")).ToContainTextAsync("1 exposure");
        await Expect(section.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = ExposureTestData.Cve })).ToBeVisibleAsync();
        await Expect(section.Locator("#device-exposures tbody tr td").Nth(2)).ToHaveTextAsync(inRange.GetProperty("reason").GetString()!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("device-exposures"), FullPage = true });

        await section.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = ExposureTestData.Cve }).ClickAsync();
        await Expect(page.Locator("#affected-device-count")).ToContainTextAsync("4 devices at 2 facilities");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("vulnerability-devices"), FullPage = true });
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

    [GeneratedRegex("/exposures$")]
    private static partial Regex ExposuresUrl();

    [GeneratedRegex("/devices/[0-9a-f-]{36}$")]
    private static partial Regex DevicePageUrl();
}
