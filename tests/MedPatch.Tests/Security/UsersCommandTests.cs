using System.Text.Json;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Security;

public sealed class UsersCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Users_add_prints_a_one_time_password_that_signs_in_and_list_shows_the_user(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await TestInventory.SeedAsync(db);
        }

        var added = await CliRunner.RunAsync("users", "add", "tech@riverside.example", "--role", "technician", "--role", "auditor",
            "--facility", "RGH", "--json", "--db", database.DbArgument);
        var json = JsonDocument.Parse(added.Output).RootElement;
        var password = json.GetProperty("generated_password").GetString()!;
        var listed = await CliRunner.RunAsync("users", "list", "--json", "--db", database.DbArgument);
        var table = await CliRunner.RunAsync("users", "list", "--db", database.DbArgument);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        using var signIn = await SignInForm.PostAsync(server.AnonymousClient(), "tech@riverside.example", password);

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Equal("Riverside Health", json.GetProperty("organization").GetString());
        Assert.True(password.Length >= 12);
        Assert.True(listed.ExitCode == 0, listed.Error);
        var user = JsonDocument.Parse(listed.Output).RootElement.EnumerateArray().Single();
        Assert.Equal("tech@riverside.example", user.GetProperty("email").GetString());
        Assert.Equal(["auditor", "technician"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["Riverside General Hospital"], user.GetProperty("facilities").EnumerateArray().Select(r => r.GetString()));
        Assert.False(user.GetProperty("disabled").GetBoolean());
        Assert.False(user.GetProperty("two_factor").GetBoolean());
        Assert.Contains("1 user(s)", table.Output, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
        await using var check = database.NewContext();
        var stored = await check.Users.SingleAsync(Cancel);
        Assert.DoesNotContain(password, stored.PasswordHash!, StringComparison.Ordinal);
        Assert.True(stored.LockoutEnabled);
        Assert.NotNull(stored.LastSignInAt);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Users_add_creates_a_default_organization_on_a_fresh_install_and_refuses_bad_input_with_exit_codes(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        var first = await CliRunner.RunAsync("users", "add", "admin@example.org", "--role", "admin", "--db", database.DbArgument);
        var duplicate = await CliRunner.RunAsync("users", "add", "ADMIN@example.org", "--role", "admin", "--db", database.DbArgument);
        var badRole = await CliRunner.RunAsync("users", "add", "x@example.org", "--role", "janitor", "--db", database.DbArgument);
        var noRole = await CliRunner.RunAsync("users", "add", "x@example.org", "--db", database.DbArgument);
        var badFacility = await CliRunner.RunAsync("users", "add", "y@example.org", "--role", "technician", "--facility", "Nowhere", "--db", database.DbArgument);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("to Default health system.", first.Output, StringComparison.Ordinal);
        Assert.Contains("One-time password (shown only now): ", first.Output, StringComparison.Ordinal);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Equal("error: a user with email ADMIN@example.org already exists", duplicate.Error.Trim());
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("unknown role 'janitor'", badRole.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, noRole.ExitCode);
        Assert.Equal(1, badFacility.ExitCode);
        Assert.Contains("no facility named 'Nowhere'", badFacility.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Users_disable_marks_the_user_disabled_and_an_unknown_email_is_an_error(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var added = await CliRunner.RunAsync("users", "add", "manager@example.org", "--role", "manager", "--db", database.DbArgument);

        var disabled = await CliRunner.RunAsync("users", "disable", "manager@example.org", "--db", database.DbArgument);
        var unknown = await CliRunner.RunAsync("users", "disable", "nobody@example.org", "--db", database.DbArgument);
        var listed = await CliRunner.RunAsync("users", "list", "--json", "--db", database.DbArgument);

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.True(disabled.ExitCode == 0, disabled.Error);
        Assert.Equal("Disabled manager@example.org.", disabled.Output.Trim());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("error: no user has email nobody@example.org", unknown.Error.Trim());
        Assert.True(JsonDocument.Parse(listed.Output).RootElement.EnumerateArray().Single().GetProperty("disabled").GetBoolean());
    }
}
