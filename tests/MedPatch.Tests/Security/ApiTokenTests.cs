using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedPatch.Core.Security;
using MedPatch.Features.Users;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using static MedPatch.Tests.Api.ApiTestSupport;

namespace MedPatch.Tests.Security;

public sealed partial class ApiTokenTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_created_token_shows_its_secret_once_stores_only_its_hash_and_works_until_revoked(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var owner = await server.ClientForAsync(Role.ClinicalEngineer);

        using var created = await owner.PostAsJsonAsync("/api/v1/tokens", new { name = "CMMS sync", scope = "read", expires_in_days = 30 }, Cancel);
        var body = await created.BodyAsync();
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("token").GetProperty("id").GetGuid();
        var integration = server.ClientWithToken(secret);
        using var used = await integration.GetAsync(new Uri("/api/v1/devices", UriKind.Relative), Cancel);
        var listed = await owner.JsonAsync("/api/v1/tokens");
        using var revoked = await owner.DeleteAsync(new Uri($"/api/v1/tokens/{id}", UriKind.Relative), Cancel);
        using var afterRevoke = await integration.GetAsync(new Uri("/api/v1/devices", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Matches(SecretPattern(), secret);
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        var item = listed.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == id);
        Assert.Equal(secret[3..11], item.GetProperty("prefix").GetString());
        Assert.Equal("read", item.GetProperty("scope").GetString());
        Assert.False(item.TryGetProperty("secret", out _));
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("last_used_at").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        AssertProblem(afterRevoke, 401);
        await using var db = database.NewContext();
        var stored = await db.ApiTokens.SingleAsync(t => t.Id == id, Cancel);
        Assert.Equal(ApiTokenSecrets.Hash(secret), stored.SecretHash);
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        Assert.Equal(30, (stored.ExpiresAt - stored.CreatedAt).TotalDays, 3);
        Assert.NotNull(stored.RevokedAt);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_expired_token_an_unknown_token_and_no_token_answer_401_problems(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var user = await server.CreateUserAsync(Role.Admin, withPassword: false);
        var secret = await server.CreateTokenAsync(user, TokenScope.Write);
        await using (var db = database.NewContext())
        {
            var hash = ApiTokenSecrets.Hash(secret);
            await db.ApiTokens.Where(t => t.SecretHash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)), Cancel);
        }

        using var expired = await server.ClientWithToken(secret).GetAsync(new Uri("/api/v1/devices", UriKind.Relative), Cancel);
        using var unknown = await server.ClientWithToken(ApiTokenSecrets.Generate()).GetAsync(new Uri("/api/v1/devices", UriKind.Relative), Cancel);
        using var none = await server.AnonymousClient().GetAsync(new Uri("/api/v1/devices", UriKind.Relative), Cancel);

        AssertProblem(expired, 401);
        AssertProblem(unknown, 401);
        AssertProblem(none, 401);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_read_token_may_read_but_a_post_is_a_403_problem_even_for_an_administrator(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var reader = await server.ClientForAsync(Role.Admin, scope: TokenScope.Read);

        using var read = await reader.GetAsync(new Uri("/api/v1/facilities", UriKind.Relative), Cancel);
        using var write = await reader.PostAsJsonAsync("/api/v1/facilities", new { name = "Annex" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        AssertProblem(write, 403);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_disabled_users_token_stops_working(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var user = await server.CreateUserAsync(Role.ClinicalEngineer, withPassword: false);
        var client = server.ClientWithToken(await server.CreateTokenAsync(user, TokenScope.Write));
        using var before = await client.GetAsync(new Uri("/api/v1/devices", UriKind.Relative), Cancel);

        var disabled = await CliRunner.RunAsync("users", "disable", user.Email, "--db", database.DbArgument);
        using var after = await client.GetAsync(new Uri("/api/v1/devices", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(disabled.ExitCode == 0, disabled.Error);
        AssertProblem(after, 401);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Token_requests_are_validated_and_a_user_cannot_revoke_another_users_token(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var alice = await server.ClientForAsync(Role.SecurityAnalyst);
        var bob = await server.ClientForAsync(Role.SecurityAnalyst);

        using var invalid = await alice.PostAsJsonAsync("/api/v1/tokens", new { name = " ", expires_in_days = 400 }, Cancel);
        using var created = await alice.PostAsJsonAsync("/api/v1/tokens", new { name = "feed" }, Cancel);
        var token = (await created.BodyAsync()).GetProperty("token");
        using var bobRevokes = await bob.DeleteAsync(new Uri($"/api/v1/tokens/{token.GetProperty("id").GetGuid()}", UriKind.Relative), Cancel);
        var bobsList = await bob.JsonAsync("/api/v1/tokens");

        AssertProblem(invalid, 400);
        var errors = (await invalid.BodyAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("expires_in_days", out _));
        Assert.Equal("read", token.GetProperty("scope").GetString());
        Assert.Equal(90, (token.GetProperty("expires_at").GetDateTime() - token.GetProperty("created_at").GetDateTime()).TotalDays, 3);
        AssertProblem(bobRevokes, 404);
        Assert.DoesNotContain(bobsList.EnumerateArray(), t => t.GetProperty("name").GetString() == "feed");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_tokens_page_creates_a_token_shown_once_and_revokes_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var client = await server.SignedInClientAsync(Role.ClinicalEngineer);

        using var created = await SignInForm.PostFormAsync(client, "/account/tokens", [new("name", "Nightly export"), new("scope", "Write"), new("expires_in_days", "7")], "/account/tokens?handler=Create");
        var html = await created.Content.ReadAsStringAsync(Cancel);
        var secret = Features.Models.PageForms.ElementText(html, "token-secret");
        using var works = await server.ClientWithToken(secret).GetAsync(new Uri("/api/v1/models", UriKind.Relative), Cancel);
        var listing = await client.GetStringAsync(new Uri("/account/tokens", UriKind.Relative), Cancel);
        await using var db = database.NewContext();
        var id = (await db.ApiTokens.SingleAsync(t => t.Name == "Nightly export", Cancel)).Id;
        using var revoked = await SignInForm.PostFormAsync(client, "/account/tokens", [], $"/account/tokens?handler=Revoke&id={id}");
        using var after = await server.ClientWithToken(secret).GetAsync(new Uri("/api/v1/models", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        Assert.DoesNotContain(secret, listing, StringComparison.Ordinal);
        Assert.Contains("Nightly export", listing, StringComparison.Ordinal);
        Assert.Contains("Token revoked.", await revoked.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        AssertProblem(after, 401);
    }

    [GeneratedRegex("^mp_[A-Za-z0-9_-]{43}$")]
    private static partial Regex SecretPattern();
}
