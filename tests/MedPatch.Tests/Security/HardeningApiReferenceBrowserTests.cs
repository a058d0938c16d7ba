using System.Collections.Concurrent;
using MedPatch.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedPatch.Tests.Security;

/// <summary>
/// A real Chromium enforces the policies: the API reference renders under its hash-based policy, and our own pages
/// raise no Content-Security-Policy violation at all.
/// </summary>
public sealed class HardeningApiReferenceBrowserTests
{
    [Fact]
    public async Task The_api_reference_renders_in_chromium_without_a_script_blocked_by_the_policy()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var (playwright, browser) = await LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });
            var violations = CollectViolations(page);

            await page.GotoAsync("/api/docs/");

            // Scalar renders the operations of our document; seeing one proves its scripts ran.
            await Expect(page.GetByText("/api/v1/devices").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
            // Only its web fonts, served from Scalar's own host, are refused; the page falls back to local fonts.
            Assert.DoesNotContain(violations, v => !v.Contains("font", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Our_own_pages_raise_no_content_security_policy_violation()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var (playwright, browser) = await LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });
            var violations = CollectViolations(page);

            foreach (var path in new[] { "/", "/devices", "/models", "/manufacturers", "/account/sign-in" })
            {
                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }

            Assert.Empty(violations);
        }
    }

    private static ConcurrentQueue<string> CollectViolations(IPage page)
    {
        var violations = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue(message.Text);
            }
        };
        return violations;
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var chromium = ChromiumPath();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Debian's Chromium, or MEDPATCH_CHROMIUM; without it the test fails in CI and is skipped elsewhere.</summary>
    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("MEDPATCH_CHROMIUM");
        var path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
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
}
