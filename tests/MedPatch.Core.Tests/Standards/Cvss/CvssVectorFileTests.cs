using MedPatch.Core.Standards.Cvss;

namespace MedPatch.Core.Tests.Standards.Cvss;

/// <summary>Every line of every public vector file must score to the decimal.</summary>
public sealed class CvssVectorFileTests
{
    public static TheoryData<string> Files() =>
    [
        "vectors_calculator2", "vectors_calculator3", "vectors_cvsslib2", "vectors_cvsslib3",
        "vectors_simple2", "vectors_simple3", "vectors_simple31",
        "vectors_simple4", "vectors_security4", "vectors_supplemental4", "vectors_threat4",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_line_scores_as_expected(string file)
    {
        var path = Path.Combine(SharedData.Require("cvss"), file);
        Assert.True(File.Exists(path), "missing vector file " + path);
        var failures = new List<string>();
        var count = 0;
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            count++;
            var (vector, expected) = CvssVectorFiles.ParseLine(line);
            try
            {
                var result = CvssCalculator.Calculate(vector);
                decimal?[] actual = result.Version == "4.0"
                    ? [result.BaseScore]
                    : [result.BaseScore, result.TemporalScore, result.EnvironmentalScore];
                if (!expected.SequenceEqual(actual))
                {
                    failures.Add($"{line} => ({string.Join(", ", actual.Select(a => a?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None"))})");
                }
            }
            catch (CvssFormatException ex)
            {
                failures.Add($"{line} => error: {ex.Message}");
            }
        }

        Assert.True(count > 0, "no vectors in " + file);
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} lines differ:\n" + string.Join('\n', failures.Take(20)));
    }
}
