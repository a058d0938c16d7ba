using System.Globalization;
using MedPatch.Core.Matching;

namespace MedPatch.Core.Tests.Matching.Evaluation;

/// <summary>
/// Precision and recall per confidence level. A prediction is an exposure in state affected or possible; it is
/// correct when the analyst expects the device to be (possibly) exposed to that vulnerability at all. Recall at a
/// level counts the expected pairs of that level that the engine reports at exactly that level; coverage counts the
/// expected pairs reported at any level.
/// </summary>
internal sealed record EvaluationScore(
    IReadOnlyDictionary<MatchConfidence, (int Predicted, int Correct, int Expected, int Found)> Levels,
    int ExpectedTotal,
    int Covered,
    IReadOnlyList<string> Mistakes)
{
    public static EvaluationScore Compute(
        IReadOnlyDictionary<(Guid Device, string Vulnerability), Expected> truth,
        IEnumerable<Exposure> exposures,
        Func<Guid, string> tag)
    {
        var predicted = exposures.Where(e => e.State is ExposureState.Affected or ExposureState.Possible)
            .ToDictionary(e => (e.DeviceId, e.VulnerabilityId), e => e);
        var levels = new Dictionary<MatchConfidence, (int, int, int, int)>();
        var mistakes = new List<string>();
        foreach (var level in Enum.GetValues<MatchConfidence>())
        {
            var mine = predicted.Where(p => p.Value.Confidence == level).ToList();
            var correct = mine.Count(p => truth.ContainsKey(p.Key));
            var expected = truth.Where(t => (MatchConfidence)t.Value == level).ToList();
            var found = expected.Count(t => predicted.TryGetValue(t.Key, out var e) && e.Confidence == level);
            levels[level] = (mine.Count, correct, expected.Count, found);
            mistakes.AddRange(mine.Where(p => !truth.ContainsKey(p.Key)).Select(p => $"unexpected {tag(p.Key.DeviceId)} {p.Key.VulnerabilityId} {level}: {p.Value.Reason}"));
            mistakes.AddRange(expected.Where(t => !predicted.TryGetValue(t.Key, out var e) || e.Confidence != level)
                .Select(t => $"expected {tag(t.Key.Device)} {t.Key.Vulnerability} {level}, got {(predicted.TryGetValue(t.Key, out var e) ? e.Confidence + ": " + e.Reason : "nothing")}"));
        }

        var covered = truth.Keys.Count(predicted.ContainsKey);
        return new(levels, truth.Count, covered, mistakes);
    }

    public static double Ratio(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;

    public double Precision(MatchConfidence level) => Ratio(Levels[level].Correct, Levels[level].Predicted);

    public double Recall(MatchConfidence level) => Ratio(Levels[level].Found, Levels[level].Expected);

    public string Table()
    {
        var lines = new List<string> { "| confidence | predicted | correct | precision | expected | found at level | recall |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |" };
        foreach (var level in Enum.GetValues<MatchConfidence>().Reverse())
        {
            var (p, c, e, f) = Levels[level];
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {level.ToString().ToLowerInvariant()} | {p} | {c} | {Precision(level):0.000} | {e} | {f} | {Recall(level):0.000} |"));
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"| any (coverage) | {Levels.Values.Sum(l => l.Predicted)} | {Levels.Values.Sum(l => l.Correct)} | {Ratio(Levels.Values.Sum(l => l.Correct), Levels.Values.Sum(l => l.Predicted)):0.000} | {ExpectedTotal} | {Covered} | {Ratio(Covered, ExpectedTotal):0.000} |"));
        return string.Join(Environment.NewLine, lines);
    }
}
