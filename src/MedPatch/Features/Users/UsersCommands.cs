using System.CommandLine;
using MedPatch.Cli;
using MedPatch.Core.Security;

namespace MedPatch.Features.Users;

/// <summary><c>medpatch users add|list|disable</c>: the operator manages accounts directly on the database.</summary>
public static class UsersCommands
{
    public static Command Create(CliConsole console)
    {
        var users = new Command("users", "Add, list and disable the people who sign in to MedPatch");
        users.Subcommands.Add(Add(console));
        users.Subcommands.Add(List(console));
        users.Subcommands.Add(Disable(console));
        return users;
    }

    private static Command Add(CliConsole console)
    {
        var email = new Argument<string>("EMAIL") { Description = "The user's email address, which is also the sign-in name" };
        var role = new Option<string[]>("--role") { Description = "A role (repeatable): " + RoleNames.All, Required = true, AllowMultipleArgumentsPerToken = false };
        var organization = new Option<string?>("--organization") { Description = "The organization by name (default: the only one; a new install gets one)" };
        var facility = new Option<string[]>("--facility") { Description = "Limit the user to this facility, by name or code (repeatable; default: all)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of printing a generated one" };
        var json = GlobalOptions.Json();
        var add = new Command("add", "Add a user; prints a one-time password unless --password-stdin") { email, role, organization, facility, passwordStdin, json };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var roles = new List<Role>();
            foreach (var name in parseResult.GetValue(role) ?? [])
            {
                roles.Add(RoleNames.TryParse(name, out var parsed) ? parsed : throw new CliException($"--role: unknown role '{name}' (one of {RoleNames.All})", 2));
            }

            string? password = null;
            if (parseResult.GetValue(passwordStdin))
            {
                password = (await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.TrimEnd('\r', '\n');
                if (string.IsNullOrEmpty(password))
                {
                    throw new CliException("--password-stdin: no password on standard input", 2);
                }
            }

            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.Migrate, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var added = await Run(() => scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(
                new NewUser(parseResult.GetValue(email)!, roles, parseResult.GetValue(organization), parseResult.GetValue(facility), password),
                cancellationToken)).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(added);
                return 0;
            }

            var limited = added.Facilities.Count > 0 ? " at " + string.Join(", ", added.Facilities) : string.Empty;
            await console.Output.WriteLineAsync($"Added {added.Email} ({string.Join(", ", added.Roles)}) to {added.Organization}{limited}.").ConfigureAwait(false);
            if (added.GeneratedPassword is not null)
            {
                await console.Output.WriteLineAsync($"One-time password (shown only now): {added.GeneratedPassword}").ConfigureAwait(false);
            }

            return 0;
        });
        return add;
    }

    private static Command List(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var list = new Command("list", "List users with roles, organization, facilities and last sign-in") { json };
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var items = await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(items);
                return 0;
            }

            console.WriteTable(
                ["Email", "Roles", "Organization", "Facilities", "Disabled", "Two-factor", "Last sign-in"],
                items.Select(u => new[]
                {
                    u.Email, string.Join(", ", u.Roles), u.Organization, u.Facilities.Count == 0 ? "all" : string.Join(", ", u.Facilities),
                    Display.YesNo(u.Disabled), Display.YesNo(u.TwoFactor),
                    u.LastSignInAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "never",
                }));
            await console.Output.WriteLineAsync($"{items.Count} user(s)").ConfigureAwait(false);
            return 0;
        });
        return list;
    }

    private static Command Disable(CliConsole console)
    {
        var email = new Argument<string>("EMAIL") { Description = "The user to disable" };
        var disable = new Command("disable", "Disable a user: no more sign-in, open sessions and API tokens stop working") { email };
        disable.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            await using var services = await CliServices.OpenAsync(settings, CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            await Run(async () =>
            {
                await scope.ServiceProvider.GetRequiredService<UserAccounts>().DisableAsync(parseResult.GetValue(email)!, cancellationToken).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
            await console.Output.WriteLineAsync($"Disabled {parseResult.GetValue(email)!.Trim()}.").ConfigureAwait(false);
            return 0;
        });
        return disable;
    }

    private static async Task<T> Run<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (UserAccountException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
