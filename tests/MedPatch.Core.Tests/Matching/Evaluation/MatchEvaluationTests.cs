using System.Security.Cryptography;
using System.Text;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Matching;
using MedPatch.Core.Tests.Intelligence.Normalization;

namespace MedPatch.Core.Tests.Matching.Evaluation;

/// <summary>
/// Runs the engine over real CISA ICSMA advisories (read in place) and the labelled inventory, and scores it
/// against what a careful analyst expects.
/// </summary>
public sealed class MatchEvaluationTests
{
    private const string Folder = "csaf/cisa-icsma";

    [Fact]
    public void High_confidence_matches_are_precise_and_complete_and_every_affected_device_is_found()
    {
        SharedData.Require(Folder);
        var (score, _) = Run();
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(score.Table());
        foreach (var m in score.Mistakes)
        {
            output?.WriteLine(m);
        }

        Assert.True(score.Precision(MatchConfidence.High) >= 0.98, score.Table() + Environment.NewLine + string.Join(Environment.NewLine, score.Mistakes));
        Assert.True(score.Recall(MatchConfidence.High) >= 0.98, score.Table() + Environment.NewLine + string.Join(Environment.NewLine, score.Mistakes));
        Assert.True(score.Covered == score.ExpectedTotal, score.Table() + Environment.NewLine + string.Join(Environment.NewLine, score.Mistakes));
        Assert.True(score.Levels[MatchConfidence.High].Expected >= 100, "the evaluation set is too small to mean anything");
    }

    [Fact]
    public void Every_statement_of_the_evaluation_advisories_is_resolved_or_listed_with_a_reason()
    {
        SharedData.Require(Folder);
        var (_, set) = Run();
        var unresolved = set.Unresolved.Select(u => u.StatementId).ToHashSet(StringComparer.Ordinal);
        Assert.All(set.Unresolved, u => Assert.False(string.IsNullOrWhiteSpace(u.Reason)));

        // OFFIS is not a maker in the catalog: its DCMTK statements still reach devices through SBOM components.
        Assert.Contains(set.Unresolved, u => u.AdvisoryId == "ICSMA-22-174-01" && u.Reason.Contains("OFFIS", StringComparison.Ordinal));
        Assert.Contains(set, e => e.AdvisoryId == "ICSMA-22-174-01" && e.Rule == MatchRule.SbomComponent);
        Assert.NotEmpty(unresolved);
    }

    internal static Guid IdOf(string text) => new(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    internal static (MatchCatalog Catalog, List<MatchDevice> Devices, List<MatchSbomComponent> Sboms) Inventory()
    {
        var makers = EvaluationInventory.Makers.Select(m => new MatchManufacturer(IdOf("maker:" + m.Name), m.Name, m.Aliases)).ToList();
        var models = EvaluationInventory.Models.Select(m => new MatchModel(IdOf("model:" + m.Name), IdOf("maker:" + m.Maker), m.Name, m.Numbers, m.Aliases, [], null)).ToList();
        var devices = EvaluationInventory.Devices.Select(d => new MatchDevice(IdOf("device:" + d.Tag), IdOf("model:" + d.Model), d.Version, d.Unsupported)).ToList();
        var sboms = EvaluationInventory.Sboms.Select(s => new MatchSbomComponent(IdOf("model:" + s.Model), null, s.Name, s.Version, s.Purl, null)).ToList();
        return (new MatchCatalog(makers, models), devices, sboms);
    }

    internal static Dictionary<string, NormalizedAdvisory> Advisories() =>
        EvaluationInventory.Advisories.ToDictionary(n => n, n => NormalizationData.Csaf(Folder, n), StringComparer.Ordinal);

    private static (EvaluationScore Score, ExposureSet Set) Run()
    {
        var advisories = Advisories();
        var (catalog, devices, sboms) = Inventory();
        var statements = advisories.Values.SelectMany(MatchStatements.FromAdvisory).ToList();
        var set = MatchEngine.Full(catalog, devices, statements, sboms);
        var truth = new Dictionary<(Guid, string), Expected>();
        foreach (var device in EvaluationInventory.Devices)
        {
            foreach (var expectation in device.Expect)
            {
                var cves = advisories[expectation.Advisory].Statements
                    .Where(s => s.Status is AffectedStatus.Affected && expectation.Products.Contains(s.ProductKey, StringComparer.Ordinal))
                    .Select(s => s.CveId)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                Assert.NotEmpty(cves);
                foreach (var cve in cves)
                {
                    var key = (IdOf("device:" + device.Tag), cve);
                    truth[key] = truth.TryGetValue(key, out var level) && level > expectation.Level ? level : expectation.Level;
                }
            }
        }

        var tags = EvaluationInventory.Devices.ToDictionary(d => IdOf("device:" + d.Tag), d => d.Tag);
        return (EvaluationScore.Compute(truth, set, id => tags[id]), set);
    }
}
