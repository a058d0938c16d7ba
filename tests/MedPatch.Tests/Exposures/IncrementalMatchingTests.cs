using MedPatch.Cli;
using MedPatch.Core.Devices;
using MedPatch.Core.Mitigations;
using MedPatch.Core.Organizations;
using MedPatch.Core.Risk;
using MedPatch.Features.Demo;
using MedPatch.Features.Exposures;
using MedPatch.Features.Intelligence;
using MedPatch.Features.Ranking;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedPatch.Tests.Exposures;

/// <summary>
/// The incremental paths against a full run, on both databases, over the demo health system and real ICSMA
/// advisories: after each kind of change (advisories, devices, a model, aliases, a segment, KEV, a mitigation, risk
/// settings) the stored exposures must be exactly what <c>match --full</c> computes, which then finds nothing to do.
/// </summary>
public sealed class IncrementalMatchingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_incremental_update_leaves_what_a_full_run_computes(DatabaseKind kind)
    {
        var advisories = Directory.GetFiles(SharedData.Require("csaf/cisa-icsma"), "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(advisories.Count >= 60, $"expected the ICSMA advisories, found {advisories.Count}");
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var services = await CliServices.OpenAsync(database.Settings, CliServices.Schema.Migrate, Ct);
        await WithAsync(services, s => s.GetRequiredService<DemoSeeder>().SeedAsync(Ct, 1200));

        // Advisories: each import re-matches only the vulnerabilities its documents name.
        var first = await ImportAsync(services, advisories.Take(advisories.Count / 2));
        Assert.Equal("vulnerabilities", first.Scope);
        Assert.True(first.Created > 50, $"only {first.Created} exposures from the first half of the advisories");
        await AssertFullRunChangesNothingAsync(services, "after the first advisories");
        await ImportAsync(services, advisories.Skip(advisories.Count / 2));
        await AssertFullRunChangesNothingAsync(services, "after the other advisories");

        // Devices: new versions, unknown versions, another model, retired, deleted.
        await using (var db = database.NewContext())
        {
            var exposed = await db.Exposures.Select(e => e.DeviceId).Distinct().OrderBy(id => id).Take(40).ToListAsync(Ct);
            var devices = await db.Devices.Where(d => exposed.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(Ct);
            var models = await db.DeviceModels.ToDictionaryAsync(m => m.Id, Ct);
            for (var i = 0; i < devices.Count; i++)
            {
                var d = devices[i];
                switch (i % 5)
                {
                    case 0: d.SoftwareVersion = "0.0.1"; break;
                    case 1: d.SoftwareVersion = null; break;
                    case 2: d.InService = InServiceState.Retired; break;
                    case 3:
                        var sibling = models.Values.FirstOrDefault(m => m.ManufacturerId == models[d.DeviceModelId].ManufacturerId && m.Id != d.DeviceModelId);
                        d.DeviceModelId = sibling?.Id ?? d.DeviceModelId;
                        break;
                    default: db.Devices.Remove(d); break;
                }
            }

            await db.SaveChangesAsync(Ct);
            var run = await WithAsync(services, s => s.GetRequiredService<ExposureUpdates>().AfterDevicesAsync(exposed, Ct));
            Assert.Equal("devices", run!.Scope);
            Assert.True(run.Updated + run.Removed > 0, "changing 40 exposed devices changed no exposure");
        }

        await AssertFullRunChangesNothingAsync(services, "after device changes");

        // A model loses its model numbers: statements that named it by number no longer do.
        Guid model;
        await using (var db = database.NewContext())
        {
            var busiest = await db.Exposures.Join(db.Devices, e => e.DeviceId, d => d.Id, (e, d) => d.DeviceModelId)
                .GroupBy(m => m).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(Ct);
            model = busiest;
            var row = await db.DeviceModels.SingleAsync(m => m.Id == model, Ct);
            row.ModelNumbers = [];
            row.EndOfSupport = new DateOnly(2001, 1, 1);
            await db.SaveChangesAsync(Ct);
        }

        await WithAsync(services, s => s.GetRequiredService<ExposureUpdates>().AfterModelAsync(model, Ct));
        await AssertFullRunChangesNothingAsync(services, "after a model change");

        // A segment assessed as small lowers System Exposure for its devices.
        await using (var db = database.NewContext())
        {
            var segment = await db.Exposures.Join(db.Devices, e => e.DeviceId, d => d.Id, (e, d) => d.NetworkSegmentId)
                .Where(s => s != null).GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(Ct);
            var row = await db.NetworkSegments.SingleAsync(s => s.Id == segment, Ct);
            row.Exposure = SegmentExposure.Small;
            await db.SaveChangesAsync(Ct);
            var changed = await WithAsync(services, s => s.GetRequiredService<ExposureUpdates>().RerankAsync(new RerankScope.Segment(row.Id), Ct));
            Assert.True(changed > 0, "a segment assessed as small re-ranked nothing");
        }

        await AssertFullRunChangesNothingAsync(services, "after a segment assessment");

        // KEV: the import re-ranks by itself.
        await WithAsync(services, s => ActivatorUtilities.CreateInstance<ImportKev>(s).RunAsync(SharedData.Require("kev/known_exploited_vulnerabilities.json"), Ct));
        await AssertFullRunChangesNothingAsync(services, "after KEV");

        // A verified isolating mitigation on one device, then new risk weights for the organization.
        await using (var db = database.NewContext())
        {
            var exposure = await db.Exposures.Where(e => e.Decision != null && e.DecisionRule!.Contains("open")).OrderBy(e => e.Id).FirstAsync(Ct);
            var mitigation = new Mitigation
            {
                OrganizationId = exposure.OrganizationId,
                Kind = MitigationKind.Disconnect,
                Effect = MitigationEffect.Isolates,
                Description = "Unplugged from the network; used stand-alone",
                VerifiedBy = "biomed",
                VerifiedAt = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
                CreatedBy = "biomed",
            };
            mitigation.Devices.Add(new MitigationDevice { DeviceId = exposure.DeviceId, OrganizationId = exposure.OrganizationId });
            db.Mitigations.Add(mitigation);
            db.RiskSettings.Add(new OrganizationRiskSettings
            {
                OrganizationId = exposure.OrganizationId,
                SettingsJson = RiskSettingsJson.Write(RiskSettings.Default with { Weights = new RiskWeights { CvssBase = 90, Kev = 0 } }),
                UpdatedBy = "admin",
            });
            await db.SaveChangesAsync(Ct);
            await WithAsync(services, s => s.GetRequiredService<ExposureUpdates>().RerankAsync(new RerankScope.Devices([exposure.DeviceId]), Ct));
            var after = await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == exposure.Id, Ct);
            Assert.Contains("small", after.DecisionRule, StringComparison.Ordinal);
            var changed = await WithAsync(services, s => s.GetRequiredService<ExposureUpdates>().RerankAsync(new RerankScope.Organization(exposure.OrganizationId), Ct));
            Assert.True(changed > 0, "new weights re-ranked nothing");
        }

        await AssertFullRunChangesNothingAsync(services, "after a mitigation and new weights");
    }

    private static async Task<MatchRunResult> ImportAsync(ServiceProvider services, IEnumerable<string> files)
    {
        var result = await WithAsync(services, s => ActivatorUtilities.CreateInstance<ImportAdvisories>(s).RunAsync([.. files], null, Ct));
        Assert.True(result.Failed == 0, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.NotNull(result.Matching);
        return result.Matching;
    }

    private static async Task AssertFullRunChangesNothingAsync(ServiceProvider services, string when)
    {
        var full = await WithAsync(services, s => ActivatorUtilities.CreateInstance<MatchService>(s).RunFullAsync(Ct));
        Assert.True(
            full.Created + full.Updated + full.Removed == 0,
            $"{when}: a full run created {full.Created}, changed {full.Updated} and removed {full.Removed} of {full.Exposures} exposures");
    }

    private static async Task<T> WithAsync<T>(ServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
