using System.Net;
using MedPatch.Tests.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MedPatch.Tests.Security.Oidc;

/// <summary>Single sign-on is off unless configured, and refuses to start half-configured.</summary>
public sealed class OidcDisabledTests
{
    [Fact]
    public async Task Without_single_sign_on_the_sign_in_page_has_no_button_and_the_challenge_is_not_found()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var web = await TestWebServer.StartAsync(database.Settings);

        using var signIn = await web.Client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), TestContext.Current.CancellationToken);
        using var challenge = await web.Client.GetAsync(new Uri("/account/sso", UriKind.Relative), TestContext.Current.CancellationToken);
        using var callback = await web.Client.GetAsync(new Uri("/account/external-sign-in", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.DoesNotContain("/account/sso", await signIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, challenge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, callback.StatusCode);
    }

    [Fact]
    public async Task With_single_sign_on_on_the_sign_in_page_offers_the_button_with_its_display_name()
    {
        await using var scenario = await OidcScenario.StartAsync(
            DatabaseKind.Sqlite, new Dictionary<string, string?> { ["Oidc:DisplayName"] = "Riverside Login" });

        using var signIn = await scenario.Web.Client.GetAsync(new Uri("/account/sign-in?returnUrl=%2Fdevices", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await signIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("action=\"/account/sso\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"returnUrl\" value=\"/devices\"", html, StringComparison.Ordinal);
        Assert.Contains("Sign in with Riverside Login", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enabled_without_an_authority_or_with_an_unknown_role_stops_the_start()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, migrate: false);
        await using var app = MedPatch.Composition.MedPatchWebApp.Create(database.Settings, "http://127.0.0.1:0", builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Oidc:Enabled"] = "true",
                ["Oidc:ClientId"] = "medpatch",
                ["Oidc:ClientSecret"] = "never-shown-secret",
                ["Oidc:RoleMap:MedPatch-Admins"] = "superuser",
            }));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Oidc:Authority", failure.Message, StringComparison.Ordinal);
        Assert.Contains("superuser", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("never-shown-secret", failure.Message, StringComparison.Ordinal);
    }
}
