using MedPatch.Data.Identity;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace MedPatch.Tests.Security.Oidc;

/// <summary>
/// The loopback provider and MedPatch, both on Kestrel, wired to each other: MedPatch trusts the provider and maps
/// its "roles" claim; the provider knows MedPatch as a client with its callback address.
/// </summary>
internal sealed class OidcScenario : IAsyncDisposable
{
    public const string AdminGroup = "MedPatch-Admins";
    public const string TechnicianGroup = "MedPatch-Technicians";
    private const string ClientId = "medpatch";
    private const string ClientSecret = "loopback-client-secret";

    private OidcScenario(TestDatabase database, TestInventory inventory, TestOidcProvider provider, TestWebServer web)
    {
        Database = database;
        Inventory = inventory;
        Provider = provider;
        Web = web;
    }

    public TestDatabase Database { get; }

    public TestInventory Inventory { get; }

    public TestOidcProvider Provider { get; }

    public TestWebServer Web { get; }

    public static async Task<OidcScenario> StartAsync(DatabaseKind kind, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var database = await TestDatabase.CreateAsync(kind);
        TestInventory inventory;
        await using (var db = database.NewContext())
        {
            inventory = await TestInventory.SeedAsync(db);
        }

        var provider = await TestOidcProvider.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Oidc:Enabled"] = "true",
            ["Oidc:Authority"] = provider.Issuer.ToString(),
            ["Oidc:ClientId"] = ClientId,
            ["Oidc:ClientSecret"] = ClientSecret,
            ["Oidc:RequireHttpsMetadata"] = "false",
            ["Oidc:RoleClaim"] = TestOidcProvider.RoleClaim,
            ["Oidc:RoleMap:" + AdminGroup] = "admin",
            ["Oidc:RoleMap:" + TechnicianGroup] = "technician",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var web = await TestWebServer.StartAsync(database.Settings, builder => builder.Configuration.AddInMemoryCollection(settings));
        await provider.RegisterClientAsync(ClientId, ClientSecret, new Uri(web.BaseAddress, "/signin-oidc"));
        return new OidcScenario(database, inventory, provider, web);
    }

    public Uri At(string path) => new(Web.BaseAddress, path);

    /// <summary>Starts single sign-on at MedPatch and follows it through the provider back to MedPatch.</summary>
    public async Task<HttpResponseMessage> SignInAsync(OidcBrowser browser, string returnUrl = "/") =>
        await browser.GetAsync(At("/account/sso?returnUrl=" + Uri.EscapeDataString(returnUrl)));

    /// <summary>The single sign-on user of this subject, read straight from the database, with its role names.</summary>
    public async Task<(MedPatchUser? User, List<string> Roles)> UserAsync(string subject)
    {
        await using var db = Database.NewContext();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.ExternalProvider == "oidc" && u.ExternalSubject == subject, TestContext.Current.CancellationToken);
        if (user is null)
        {
            return (null, []);
        }

        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!)
            .OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken);
        return (user, roles);
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await Provider.DisposeAsync();
        await Database.DisposeAsync();
    }
}
