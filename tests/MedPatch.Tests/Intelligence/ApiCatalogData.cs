using MedPatch.Composition;
using MedPatch.Core.Manufacturers;
using MedPatch.Features.Intelligence;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Intelligence;

/// <summary>
/// Real public data for the vulnerability and advisory API and page tests, loaded through the product's own
/// importers: two CISA ICSMA advisories that both name CVE-2017-0143 (an SMBv1 flaw in CISA's KEV catalog), the CVE
/// records of two of their CVEs, and the KEV catalog.
/// </summary>
internal static class ApiCatalogData
{
    /// <summary>Philips IntelliSpace Portal; the advisory spells the vendor "Phillips".</summary>
    public const string PhilipsTrackingId = "ICSMA-18-058-02";

    /// <summary>Baxter ExactaMix (Update A): version 2, two entries in its revision history.</summary>
    public const string BaxterTrackingId = "ICSMA-20-170-01";

    public const string KevCve = "CVE-2017-0143";

    public static string PhilipsFile => SharedData.Require("csaf/cisa-icsma/icsma-18-058-02.json");

    public static string BaxterFile => SharedData.Require("csaf/cisa-icsma/icsma-20-170-01.json");

    public static string KevFile => SharedData.Require("kev/known_exploited_vulnerabilities.json");

    public static IReadOnlyList<string> CveFiles => [SharedData.Require("cve/CVE-2018-5472.json"), SharedData.Require("cve/CVE-2020-12012.json")];

    /// <summary>Imports the two advisories, the two CVE records and the KEV catalog; every one must succeed.</summary>
    public static async Task SeedAsync(TestDatabase database)
    {
        var result = await ImportAdvisoriesAsync(database, [PhilipsFile, BaxterFile, .. CveFiles]);
        Assert.True(result.Succeeded, string.Join('\n', result.Errors.Select(e => $"{e.File}: {e.Message}")));
        Assert.Equal(4, result.Imported);
        await ImportKevAsync(database, KevFile);
    }

    /// <summary>A new database of the kind with <see cref="SeedAsync"/> done; disposed again when seeding fails or skips.</summary>
    public static async Task<TestDatabase> CreateSeededAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        try
        {
            await SeedAsync(database);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Philips in the manufacturer catalog with "Phillips", as the ICSMA advisory misspells it, recorded as an alias
    /// (what an administrator would do), so filters by manufacturer reach that advisory.
    /// </summary>
    public static async Task AddPhilipsWithAliasAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        db.Manufacturers.Add(new Manufacturer
        {
            Name = "Philips",
            NormalizedName = ManufacturerName.Normalize("Philips"),
            Aliases = [new ManufacturerAlias { Name = "Phillips", NormalizedName = ManufacturerName.Normalize("Phillips") }],
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<AdvisoryImportResult> ImportAdvisoriesAsync(TestDatabase database, IReadOnlyList<string> paths)
    {
        await using var services = ServiceCollectionExtensions.BuildCliServices(database.Settings);
        await using var scope = services.CreateAsyncScope();
        var import = ActivatorUtilities.CreateInstance<ImportAdvisories>(scope.ServiceProvider);
        return await import.RunAsync(paths, null, TestContext.Current.CancellationToken);
    }

    public static async Task<KevImportResult> ImportKevAsync(TestDatabase database, string path)
    {
        await using var services = ServiceCollectionExtensions.BuildCliServices(database.Settings);
        await using var scope = services.CreateAsyncScope();
        var import = ActivatorUtilities.CreateInstance<ImportKev>(scope.ServiceProvider);
        return await import.RunAsync(path, TestContext.Current.CancellationToken);
    }
}
