using System.Diagnostics;
using System.Globalization;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Matching;

namespace MedPatch.Core.Tests.Matching;

/// <summary>
/// A sanity check that matching stays linear: 100,000 devices over 1,000 models and 10,000 statements. The time is
/// printed, not asserted (machines differ); the counts are asserted so the run cannot silently do nothing.
/// </summary>
public sealed class MatchScaleTests
{
    [Fact]
    public void Hundred_thousand_devices_match_in_one_pass()
    {
        var random = new Random(5);
        var makers = Enumerable.Range(0, 50).Select(i => new MatchManufacturer(Guid.CreateVersion7(), $"Maker{i} Medical", [])).ToList();
        var models = makers.SelectMany((m, i) => Enumerable.Range(0, 20).Select(j => new MatchModel(
            Guid.CreateVersion7(), m.Id, $"Infuser{i}x{j} Pump", [$"M{i:000}{j:000}X"], [], [], null))).ToList();
        var versions = Enumerable.Range(0, 20).Select(v => $"{v / 5}.{v % 5}.0").ToList();
        var devices = Enumerable.Range(0, 100_000).Select(_ =>
        {
            var model = models[random.Next(models.Count)];
            return new MatchDevice(Guid.CreateVersion7(), model.Id, random.Next(10) == 0 ? null : versions[random.Next(versions.Count)], random.Next(3) == 0);
        }).ToList();
        var statements = Enumerable.Range(0, 10_000).Select(i =>
        {
            var model = models[random.Next(models.Count)];
            var maker = makers.First(m => m.Id == model.ManufacturerId);
            var range = $"vers:device/<{random.Next(1, 4)}.{random.Next(5)}";
            return new MatchStatement(
                $"s{i}", $"CVE-2024-{i % 2000:00000}", $"ADV-{i / 10}", "1", maker.Name, model.Name, model.Name, null, range, range,
                [], null, null, AffectedStatus.Affected, null, null, false);
        }).ToList();

        var watch = Stopwatch.StartNew();
        var full = MatchEngine.Full(new MatchCatalog(makers, models), devices, statements, []);
        var fullTime = watch.Elapsed;

        var engine = MatchEngine.Start(new MatchCatalog(makers, models), devices, statements, []);
        watch.Restart();
        var one = statements.Where(s => s.AdvisoryId == "ADV-7").Select(s => s with { AdvisoryRevision = "2" }).ToList();
        engine.ForStatements("ADV-7", one);
        var incrementalTime = watch.Elapsed;

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"full: {devices.Count} devices, {models.Count} models, {statements.Count} statements -> {full.Count} exposures in {fullTime.TotalMilliseconds:0} ms; one advisory incrementally: {incrementalTime.TotalMilliseconds:0.0} ms"));
        Assert.True(full.Count > 10_000);
        Assert.Empty(full.Unresolved);
    }
}
