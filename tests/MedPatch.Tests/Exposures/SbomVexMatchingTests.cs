using MedPatch.Core.Matching;
using MedPatch.Tests.Intelligence;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Exposures;

/// <summary>
/// A manufacturer's SBOM for one model version whose VEX says the product is not affected by a CVE an advisory
/// lists: importing it re-matches the model's devices, and the device on that version is suppressed, the others not.
/// </summary>
public sealed class SbomVexMatchingTests
{
    private const string Cve = "CVE-2020-25165";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_not_affected_analysis_in_the_SBOM_of_a_model_version_suppresses_only_that_version(DatabaseKind kind)
    {
        var advisory = SharedData.Require("csaf/cisa-icsma/icsma-20-317-01.json");
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.NewContext())
        {
            await AlarisInventory.SeedAsync(db);
        }

        await ImportCli.ImportAdvisoriesAsync(database, advisory);
        Assert.Equal(ExposureState.Affected, await StateAsync(database, AlarisInventory.InRange));

        using var folder = new ImportCli.TempFolder();
        var sbom = folder.File("alaris-9.19.cdx.json", System.Text.Encoding.UTF8.GetBytes($$"""
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.5",
              "version": 1,
              "components": [
                { "type": "library", "bom-ref": "gw-client", "name": "gateway-client", "version": "2.0.1" }
              ],
              "vulnerabilities": [
                {
                  "id": "{{Cve}}",
                  "analysis": { "state": "not_affected", "justification": "code_not_reachable", "detail": "The wireless gateway client is disabled in this build." },
                  "affects": [ { "ref": "gw-client" } ]
                }
              ]
            }
            """));
        var (exit, json, error) = await ImportCli.RunJsonAsync(database, "import", "sbom", sbom, "--model", "BD/Alaris System", "--version", "9.19");
        Assert.True(exit == 0, error);
        Assert.Equal(1, json.Int("vex_statements"));

        Assert.Equal(ExposureState.Suppressed, await StateAsync(database, AlarisInventory.InRange));
        Assert.Equal(ExposureState.Possible, await StateAsync(database, AlarisInventory.Unknown));
        await using (var db = database.NewContext())
        {
            var row = await db.Exposures.AsNoTracking().Join(db.Devices, e => e.DeviceId, d => d.Id, (e, d) => new { e, d.AssetTag })
                .Where(x => x.AssetTag == AlarisInventory.InRange).Select(x => x.e).SingleAsync(Ct);
            Assert.Contains("not affected", row.Reason, StringComparison.Ordinal);
            Assert.Contains("code_not_reachable", row.Reason, StringComparison.Ordinal);
            Assert.Null(row.Decision);
        }

        // The import's update is what a full run computes.
        var (fullExit, full, fullError) = await ImportCli.RunJsonAsync(database, "match", "--full");
        Assert.True(fullExit == 0, fullError);
        Assert.Equal(0, full.Int("created") + full.Int("updated") + full.Int("removed"));
    }

    private static async Task<ExposureState?> StateAsync(TestDatabase database, string assetTag)
    {
        await using var db = database.NewContext();
        return await db.Exposures.AsNoTracking().Join(db.Devices, e => e.DeviceId, d => d.Id, (e, d) => new { e.State, d.AssetTag })
            .Where(x => x.AssetTag == assetTag).Select(x => (ExposureState?)x.State).SingleOrDefaultAsync(Ct);
    }
}
