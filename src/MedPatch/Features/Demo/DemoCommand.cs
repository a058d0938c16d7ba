using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;
using MedPatch.Composition;
using MedPatch.Features.Database;
using MedPatch.Features.Users;
using MedPatch.Web;

namespace MedPatch.Features.Demo;

public static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Seed the demo data and exit without starting the web server" };
        var demo = new Command("demo", "Seed a demo health system into the database (if empty) and serve it") { ServeCommand.Urls, noServe };
        demo.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);

            // Seeding runs on the quiet command-line services: the web host logs every SQL statement it sends.
            await using (var services = ServiceCollectionExtensions.BuildCliServices(settings))
            {
                await PrepareAsync(services, console, cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(noServe))
            {
                return 0;
            }

            var urls = parseResult.GetValue(ServeCommand.Urls) ?? ServeCommand.DefaultUrls;
            await using var app = MedPatchWebApp.Create(settings, urls);
            var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
            await console.Output.WriteLineAsync($"MedPatch demo is serving on {urls} (database: {settings.Provider}). Open {first} in a browser; Ctrl+C stops it.")
                .ConfigureAwait(false);
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return demo;
    }

    private static async Task PrepareAsync(IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        await DatabaseMigrator.MigrateAsync(services, cancellationToken).ConfigureAwait(false);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        await console.Output.WriteLineAsync(Summary(result)).ConfigureAwait(false);
        await SeedUsersAsync(scope.ServiceProvider, console, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SeedUsersAsync(IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        IReadOnlyList<AddedUser> created;
        try
        {
            created = await services.GetRequiredService<DemoUsers>().SeedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (UserAccountException ex)
        {
            // An inventory that is not the demo health system gets no demo accounts; its operator adds real ones.
            await console.Output.WriteLineAsync("No demo users: " + ex.Message + ". Add users with `medpatch users add EMAIL --role ROLE`.").ConfigureAwait(false);
            return;
        }

        if (created.Count == 0)
        {
            await console.Output.WriteLineAsync($"The demo users (…@{DemoUsers.Domain}) exist already; their passwords were printed when they were created.")
                .ConfigureAwait(false);
            return;
        }

        await console.Output.WriteLineAsync("Demo users, one per role (passwords are shown only now):").ConfigureAwait(false);
        foreach (var user in created)
        {
            var limited = user.Facilities.Count > 0 ? " (" + string.Join(", ", user.Facilities) + " only)" : string.Empty;
            await console.Output.WriteLineAsync($"  {user.Email,-42} {user.GeneratedPassword}  {string.Join(", ", user.Roles)}{limited}").ConfigureAwait(false);
        }

        await console.Output.WriteLineAsync("Sign in at /account/sign-in with one of them.").ConfigureAwait(false);
    }

    private static string Summary(DemoSeedResult result) => result.Seeded
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"Seeded the demo health system: {result.Facilities} facilities, {result.Manufacturers} manufacturers, {result.Models} models, " +
            $"{result.Devices:N0} devices, {result.UnsupportedShare * 100:F1}% of them past end of support ({result.Elapsed.TotalSeconds:F1} s).")
        : string.Create(
            CultureInfo.InvariantCulture,
            $"The database already holds an inventory ({result.Devices:N0} devices); left the data alone.");
}
