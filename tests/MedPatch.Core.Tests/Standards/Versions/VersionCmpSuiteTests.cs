using System.Text.Json;
using MedPatch.Core.Standards.Versions;

namespace MedPatch.Core.Tests.Standards.Versions;

/// <summary>vers-spec version comparison files for the schemes MedPatch implements.</summary>
public sealed class VersionCmpSuiteTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("nuget_version_cmp_test.json")]
    [InlineData("lexicographic-test.json")]
    [InlineData("datetime_version_cmp_test.json")]
    public void Comparison_cases_pass(string file)
    {
        var folder = SharedData.Require(Path.Combine("vers", "vers-spec", "tests"));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
        // The expected lists hold normalised versions: NuGet lower-cases pre-release labels ("1.0.0-BETA" -> "1.0.0-beta").
        var normalized = file.StartsWith("nuget", StringComparison.Ordinal) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var failures = new List<string>();
        var total = 0;
        foreach (var test in doc.RootElement.GetProperty("tests").EnumerateArray())
        {
            total++;
            var input = test.GetProperty("input");
            var comparer = VersionSchemes.For(input.GetProperty("input_scheme").GetString()!);
            var versions = input.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!).ToList();
            var expected = test.GetProperty("expected_output");
            var ok = test.GetProperty("test_type").GetString() == "equality"
                ? (comparer.Compare(versions[0], versions[1]) == 0) == expected.GetBoolean()
                : versions.Order(comparer).SequenceEqual(expected.EnumerateArray().Select(v => v.GetString()!), normalized);
            if (!ok)
            {
                failures.Add($"{test.GetProperty("test_type").GetString()} {string.Join(", ", versions)} -> {expected}");
            }
        }

        output.WriteLine($"{file}: {total - failures.Count} of {total} pass");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
