using System.Net;
using MedPatch.Core.Security;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;
using Microsoft.AspNetCore.Identity;

namespace MedPatch.Tests.Security;

public sealed class SignInTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_right_password_signs_in_with_an_http_only_session_cookie_and_returns_to_the_asked_page(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var user = await server.CreateUserAsync(Role.ClinicalEngineer);
        var client = server.AnonymousClient();

        using var redirected = await client.GetAsync(new Uri("/models", UriKind.Relative), Cancel);
        using var signedIn = await SignInForm.PostAsync(client, user.Email, user.Password, "/models");
        using var models = await client.GetAsync(new Uri("/models", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/account/sign-in", PathOf(redirected.Headers.Location!));
        Assert.Contains("returnUrl=%2Fmodels", redirected.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/models", signedIn.Headers.Location!.OriginalString);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("medpatch_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, models.StatusCode);
        Assert.Contains(user.Email, await models.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_wrong_password_or_unknown_email_shows_one_message_and_no_session(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var user = await server.CreateUserAsync(Role.Admin);
        var client = server.AnonymousClient();

        using var wrong = await SignInForm.PostAsync(client, user.Email, user.Password + "x");
        using var unknown = await SignInForm.PostAsync(client, "nobody@test.medpatch.local", user.Password);
        using var dashboard = await client.GetAsync(new Uri("/", UriKind.Relative), Cancel);

        foreach (var response in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("The email or password is not right.", PageForms.ElementText(await response.Content.ReadAsStringAsync(Cancel), "sign-in-error"));
        }

        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_failures_lock_the_account_so_the_sixth_attempt_with_the_right_password_fails(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var user = await server.CreateUserAsync(Role.Technician);
        var client = server.AnonymousClient();

        for (var i = 0; i < 5; i++)
        {
            using var failed = await SignInForm.PostAsync(client, user.Email, "not the password " + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var sixth = await SignInForm.PostAsync(client, user.Email, user.Password);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.StartsWith("Too many failed attempts", PageForms.ElementText(await sixth.Content.ReadAsStringAsync(Cancel), "sign-in-error"), StringComparison.Ordinal);
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MedPatch.Data.Identity.MedPatchUser>>();
        var stored = await users.FindByEmailAsync(user.Email);
        var lockoutEnd = await users.GetLockoutEndDateAsync(stored!);
        Assert.InRange(lockoutEnd!.Value - TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task With_two_factor_on_the_password_alone_is_not_enough_and_the_authenticator_code_completes_sign_in(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var user = await server.CreateUserAsync(Role.SecurityAnalyst);
        var client = await server.SignedInClientAsync(user);

        var setup = await client.GetStringAsync(new Uri("/account/two-factor-setup", UriKind.Relative), Cancel);
        var key = PageForms.ElementText(setup, "shared-key");
        Assert.Contains("otpauth://totp/MedPatch:", setup, StringComparison.Ordinal);
        using var enabled = await SignInForm.PostFormAsync(client, "/account/two-factor-setup", [new("code", Totp.Code(key, TimeProvider.System.GetUtcNow()))], "/account/two-factor-setup?handler=Enable");
        var enabledHtml = await enabled.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("<strong>on</strong>", enabledHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"recovery-codes\"", enabledHtml, StringComparison.Ordinal);

        var fresh = server.AnonymousClient();
        using var password = await SignInForm.PostAsync(fresh, user.Email, user.Password);
        using var stillOut = await fresh.GetAsync(new Uri("/", UriKind.Relative), Cancel);
        using var wrongCode = await SignInForm.PostFormAsync(fresh, "/account/two-factor", [new("code", "000000")]);
        using var rightCode = await SignInForm.PostFormAsync(fresh, "/account/two-factor", [new("code", Totp.Code(key, TimeProvider.System.GetUtcNow()))]);
        using var dashboard = await fresh.GetAsync(new Uri("/", UriKind.Relative), Cancel);

        Assert.Equal("/account/two-factor", PathOf(password.Headers.Location!));
        Assert.Equal("/account/sign-in", PathOf(stillOut.Headers.Location!));
        Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rightCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Disabling_a_user_ends_their_session_and_refuses_their_next_sign_in(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings, builder =>
            builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
        var user = await server.CreateUserAsync(Role.Manager);
        var client = server.AnonymousClient();
        using var signedIn = await SignInForm.PostAsync(client, user.Email, user.Password);
        using var before = await client.GetAsync(new Uri("/", UriKind.Relative), Cancel);

        var disabled = await CliRunner.RunAsync("users", "disable", user.Email, "--db", database.DbArgument);
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative), Cancel);
        using var again = await SignInForm.PostAsync(server.AnonymousClient(), user.Email, user.Password);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(disabled.ExitCode == 0, disabled.Error);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/sign-in", PathOf(after.Headers.Location!));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_fresh_install_says_how_to_create_the_first_user()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);

        var html = await server.AnonymousClient().GetStringAsync(new Uri("/account/sign-in", UriKind.Relative), Cancel);

        Assert.Contains("id=\"no-users\"", html, StringComparison.Ordinal);
        Assert.Contains("medpatch users add you@example.org --role admin", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_role_without_the_write_permission_gets_the_access_denied_page_when_posting_a_form(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        await using var server = await TestWebServer.StartAsync(database.Settings);
        var manager = await server.SignedInClientAsync(Role.Manager, inventory.Organization.Id);
        var page = $"/models/{inventory.CarescapeB450.Id}";

        using var read = await manager.GetAsync(new Uri(page, UriKind.Relative), Cancel);
        using var write = await SignInForm.PostFormAsync(manager, page, [new("device_type", "Changed")]);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("/account/access-denied", write.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
}
