using System.Text.RegularExpressions;
using MedPatch.Core.Exposures;
using MedPatch.Core.Security;
using MedPatch.Tests.Exposures;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MedPatch.Tests.Triage;

/// <summary>A real Chromium (Debian's package, never a downloaded one) works through the triage page the way a person does.</summary>
public sealed partial class TriageBrowserTests
{
    private const string ChromiumVariable = "MEDPATCH_CHROMIUM";
    private const string DefaultChromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_person_confirms_one_row_and_it_leaves_the_queue()
    {
        var chromium = ChromiumPath();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var seed = await TriageSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var user = await server.CreateUserAsync(Role.SecurityAnalyst, seed.OrganizationId);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1600, Height = 900 } });

        await page.GotoAsync("/triage");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(TriageUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Triage");
        await Expect(page.Locator("#triage-total")).ToHaveTextAsync("3 exposures wait for triage");
        var rows = page.Locator("table.triage-table tbody th[scope=row]");
        await Expect(rows).ToHaveTextAsync([AlarisInventory.Unknown, TriageSeed.ClinicPump, TriageSeed.SparePump]);

        var name = $"{AlarisInventory.Unknown} / {TriageSeed.Cve}";
        await page.GetByLabel($"Decision on {name}", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Confirm" });
        await page.GetByLabel($"Reason for the decision on {name}", new PageGetByLabelOptions { Exact = true }).FillAsync("Biomed read 9.19 on the pump's screen");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Save the decision on {name}", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Saved: {name} is confirmed.");
        await Expect(page.Locator("#triage-total")).ToHaveTextAsync("2 exposures wait for triage");
        await Expect(rows).ToHaveTextAsync([TriageSeed.ClinicPump, TriageSeed.SparePump]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("triage"), FullPage = true });

        await using var db = database.NewContext();
        var row = await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == seed.Exposures[AlarisInventory.Unknown], TestContext.Current.CancellationToken);
        Assert.Equal(ExposureStatus.Confirmed, row.Status);
        Assert.Equal("Biomed read 9.19 on the pump's screen", row.TriageReason);
        Assert.Equal(user.Email, row.TriagedBy);
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

    [GeneratedRegex("/triage$")]
    private static partial Regex TriageUrl();
}
