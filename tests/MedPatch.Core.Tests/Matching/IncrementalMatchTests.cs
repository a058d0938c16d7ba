using MedPatch.Core.Matching;
using MedPatch.Core.Tests.Matching.Evaluation;

namespace MedPatch.Core.Tests.Matching;

/// <summary>
/// The incremental path (advisories, devices and SBOMs imported one at a time, in random order, with revisions
/// and device changes) must end with exactly the exposures of a full run over the final inputs.
/// </summary>
public sealed class IncrementalMatchTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2024)]
    public void Incremental_imports_in_any_order_give_the_full_result(int seed)
    {
        SharedData.Require("csaf/cisa-icsma");
        var random = new Random(seed);
        var (catalog, devices, sboms) = MatchEvaluationTests.Inventory();
        var advisories = MatchEvaluationTests.Advisories().Values.Select(MatchStatements.FromAdvisory).ToList();

        // A later revision of one advisory with fewer statements: the first half of them.
        var revised = advisories[0];
        var revision = revised.Take(Math.Max(1, revised.Count / 2)).Select(s => s with { AdvisoryRevision = "99" }).ToList();

        // Device changes: a few devices move to another version or lose their version.
        var moved = devices.Take(10).Select((d, i) => d with { SoftwareVersion = i % 2 == 0 ? null : "9.19" }).ToList();

        var steps = new List<Func<MatchEngine, ExposureDelta>>();
        steps.AddRange(advisories.Select(a => (Func<MatchEngine, ExposureDelta>)(e => e.ForStatements(a[0].AdvisoryId, a))));
        steps.AddRange(devices.Chunk(7).Select(batch => (Func<MatchEngine, ExposureDelta>)(e => e.ForDevices(batch))));
        steps.AddRange(sboms.GroupBy(c => c.ModelId).Select(g => (Func<MatchEngine, ExposureDelta>)(e => e.ForSbom(g.Key, null, [.. g]))));
        var shuffled = steps.OrderBy(_ => random.Next()).ToList();
        shuffled.Add(e => e.ForStatements(revised[0].AdvisoryId, revision));
        shuffled.Add(e => e.ForDevices(moved));
        shuffled.Add(e => e.RemoveDevices([devices[^1].Id]));

        var engine = new MatchEngine(catalog);
        var applied = new Dictionary<ExposureKey, Exposure>();
        foreach (var step in shuffled)
        {
            var delta = step(engine);
            foreach (var key in delta.Removed)
            {
                applied.Remove(key);
            }

            foreach (var e in delta.Upserted)
            {
                applied[e.Key] = e;
            }
        }

        var finalDevices = devices.Select(d => moved.FirstOrDefault(m => m.Id == d.Id) ?? d).Where(d => d.Id != devices[^1].Id).ToList();
        var finalStatements = advisories.Skip(1).SelectMany(a => a).Concat(revision).ToList();
        var full = MatchEngine.Full(catalog, finalDevices, finalStatements, sboms);
        var incremental = engine.Exposures;

        Assert.Empty(incremental.Differences(full));
        Assert.Empty(new ExposureSet(applied.Values, full.Unresolved).Differences(full));
        Assert.True(full.Count > 200);
    }

    [Fact]
    public void Recomputing_everything_changes_nothing()
    {
        SharedData.Require("csaf/cisa-icsma");
        var (catalog, devices, sboms) = MatchEvaluationTests.Inventory();
        var engine = new MatchEngine(catalog);
        foreach (var a in MatchEvaluationTests.Advisories().Values.Select(MatchStatements.FromAdvisory))
        {
            engine.ForStatements(a[0].AdvisoryId, a);
        }

        engine.ForDevices(devices);
        foreach (var g in sboms.GroupBy(c => c.ModelId))
        {
            engine.ForSbom(g.Key, null, [.. g]);
        }

        var before = engine.Exposures;
        engine.RecomputeAll();
        Assert.Empty(before.Differences(engine.Exposures));
    }

    [Fact]
    public void The_devices_of_reachable_models_give_each_advisory_its_full_exposures()
    {
        SharedData.Require("csaf/cisa-icsma");
        var (catalog, devices, sboms) = MatchEvaluationTests.Inventory();
        var advisories = MatchEvaluationTests.Advisories().Values.Select(MatchStatements.FromAdvisory).ToList();
        var full = MatchEngine.Full(catalog, devices, advisories.SelectMany(a => a), sboms);
        var narrowed = 0;
        foreach (var advisory in advisories)
        {
            // Every statement about the advisory's vulnerabilities, from any advisory, as a stored update loads them.
            var vulnerabilities = advisory.Select(s => s.VulnerabilityId).ToHashSet(StringComparer.Ordinal);
            var statements = advisories.SelectMany(a => a).Where(s => vulnerabilities.Contains(s.VulnerabilityId)).ToList();
            var models = MatchEngine.ReachableModels(catalog, statements, sboms);
            var reached = devices.Where(d => models.Contains(d.ModelId)).ToList();
            narrowed += devices.Count - reached.Count;

            var part = MatchEngine.Full(catalog, reached, statements, sboms);
            var expected = full.Where(e => vulnerabilities.Contains(e.VulnerabilityId));
            var differences = part.Differences(new ExposureSet(expected, part.Unresolved));
            Assert.True(differences.Count == 0, string.Join("\n", differences));
        }

        Assert.True(narrowed > devices.Count * advisories.Count / 2, $"the reachable models left out only {narrowed} device loads");
    }
}
