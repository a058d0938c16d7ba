using System.Net;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Security.Oidc;

/// <summary>Single sign-on against a real OpenID Connect provider on loopback, driven over HTTP like a browser.</summary>
public sealed class OidcSignInTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Signing_in_through_the_provider_creates_the_user_with_the_mapped_role_and_opens_protected_pages(DatabaseKind kind)
    {
        await using var scenario = await OidcScenario.StartAsync(kind);
        scenario.Provider.User = new TestOidcUser("ada-7f3", "ada.lovelace@riverside.example", [OidcScenario.AdminGroup, "Cafeteria"]);
        using var browser = new OidcBrowser();

        using (var before = await browser.GetAsync(scenario.At("/devices")))
        {
            Assert.Equal("/account/sign-in", browser.Visited[^1].AbsolutePath);
        }

        using var landed = await scenario.SignInAsync(browser, "/devices");

        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Equal("/devices", browser.Visited[^1].AbsolutePath);
        Assert.Contains(browser.Visited, u => u.Authority == scenario.Provider.Issuer.Authority && u.AbsolutePath == "/connect/authorize");
        Assert.Contains(browser.Visited, u => u.AbsolutePath == "/signin-oidc");
        using (var api = await browser.GetAsync(scenario.At("/api/v1/devices")))
        {
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }

        var (user, roles) = await scenario.UserAsync("ada-7f3");
        Assert.NotNull(user);
        Assert.Equal("ada.lovelace@riverside.example", user.Email);
        Assert.Equal(scenario.Inventory.Organization.Id, user.OrganizationId);
        Assert.NotNull(user.LastSignInAt);
        Assert.Equal(["admin"], roles);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_later_sign_in_replaces_the_roles_with_those_the_provider_sends_now(DatabaseKind kind)
    {
        await using var scenario = await OidcScenario.StartAsync(kind);
        scenario.Provider.User = new TestOidcUser("grace-42", "grace.hopper@riverside.example", [OidcScenario.AdminGroup]);
        using (var first = new OidcBrowser())
        using (var landed = await scenario.SignInAsync(first))
        {
            Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        }

        Assert.Equal(["admin"], (await scenario.UserAsync("grace-42")).Roles);

        scenario.Provider.User = scenario.Provider.User with { Roles = [OidcScenario.TechnicianGroup] };
        using var second = new OidcBrowser();
        using (var landed = await scenario.SignInAsync(second))
        {
            Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        }

        Assert.Equal(["technician"], (await scenario.UserAsync("grace-42")).Roles);
        await using var db = scenario.Database.NewContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.ExternalSubject == "grace-42", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_person_whose_claims_map_to_no_role_is_refused_with_an_explanation_and_gets_no_session()
    {
        await using var scenario = await OidcScenario.StartAsync(DatabaseKind.Sqlite);
        scenario.Provider.User = new TestOidcUser("visitor-1", "visitor@riverside.example", ["Cafeteria", "All-Staff"]);
        using var browser = new OidcBrowser();

        using var refused = await scenario.SignInAsync(browser);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("no MedPatch role", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Null((await scenario.UserAsync("visitor-1")).User);
        using var after = await browser.GetAsync(scenario.At("/devices"));
        Assert.Equal("/account/sign-in", browser.Visited[^1].AbsolutePath);
    }

    [Fact]
    public async Task A_disabled_user_is_refused_even_though_the_provider_vouches_for_them()
    {
        await using var scenario = await OidcScenario.StartAsync(DatabaseKind.Sqlite);
        scenario.Provider.User = new TestOidcUser("leaver-9", "leaver@riverside.example", [OidcScenario.AdminGroup]);
        using (var first = new OidcBrowser())
        using (var landed = await scenario.SignInAsync(first))
        {
            Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        }

        await using (var db = scenario.Database.NewContext())
        {
            await db.Users.Where(u => u.ExternalSubject == "leaver-9")
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.Disabled, true), TestContext.Current.CancellationToken);
        }

        using var browser = new OidcBrowser();
        using var refused = await scenario.SignInAsync(browser, "/devices");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("disabled", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var after = await browser.GetAsync(scenario.At("/devices"));
        Assert.Equal("/account/sign-in", browser.Visited[^1].AbsolutePath);
    }

    [Fact]
    public async Task A_local_account_with_the_same_email_is_not_taken_over()
    {
        await using var scenario = await OidcScenario.StartAsync(DatabaseKind.Sqlite);
        await using (var scope = scenario.Web.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<MedPatch.Features.Users.UserAccounts>();
            await accounts.AddAsync(
                new MedPatch.Features.Users.NewUser("local.admin@riverside.example", [MedPatch.Core.Security.Role.Admin], Password: "a long local passphrase 1"),
                TestContext.Current.CancellationToken);
        }

        scenario.Provider.User = new TestOidcUser("impostor-1", "local.admin@riverside.example", [OidcScenario.AdminGroup]);
        using var browser = new OidcBrowser();
        using var refused = await scenario.SignInAsync(browser);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null((await scenario.UserAsync("impostor-1")).User);
    }

    [Fact]
    public async Task A_facilities_claim_limits_the_user_to_the_facilities_it_names()
    {
        await using var scenario = await OidcScenario.StartAsync(
            DatabaseKind.Sqlite, new Dictionary<string, string?> { ["Oidc:AllowedFacilitiesClaim"] = TestOidcProvider.FacilityClaim });
        scenario.Provider.User = new TestOidcUser("tech-3", "tech@riverside.example", [OidcScenario.TechnicianGroup], ["RGH"]);
        using var browser = new OidcBrowser();
        using (var landed = await scenario.SignInAsync(browser))
        {
            Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        }

        using var devices = await browser.GetAsync(scenario.At("/api/v1/devices?limit=500"));
        var body = await devices.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, devices.StatusCode);
        Assert.Contains(scenario.Inventory.General.Name, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Riverside Children", body, StringComparison.Ordinal);

        scenario.Provider.User = scenario.Provider.User with { Facilities = ["Some Clinic Elsewhere"] };
        using var other = new OidcBrowser();
        using var refused = await scenario.SignInAsync(other);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
