using System.Text.Json;
using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Tests.Standards.Vers;

/// <summary>The vers-spec canonical parse and containment test files (vers-spec/tests), read in place.</summary>
public sealed class VersSpecSuiteTests(ITestOutputHelper output)
{
    [Fact]
    public void Canonical_parse_cases_pass()
    {
        var failures = new List<string>();
        var total = 0;
        foreach (var test in Cases("vers_canonical_parse_test.json"))
        {
            total++;
            var input = test.GetProperty("input").GetString()!;
            try
            {
                var range = VersRange.ParseCanonical(input);
                if (test.TryGetProperty("expected_failure", out var f) && f.ValueKind == JsonValueKind.True)
                {
                    failures.Add($"{input}: expected a failure");
                    continue;
                }

                var expected = test.GetProperty("expected_output");
                var wanted = expected.GetProperty("scheme").GetString() + ":" + string.Join('|', expected.GetProperty("version_constraints").EnumerateArray().Select(c => c[0].GetString() + c[1].GetString()));
                var actual = range.Scheme + ":" + string.Join('|', range.Constraints.Select(c => c.Symbol + c.Version));
                if (actual != wanted)
                {
                    failures.Add($"{input}: got {actual}, expected {wanted}");
                }
            }
            catch (VersRangeException e)
            {
                var expectedMessage = test.TryGetProperty("expected_message", out var m) ? m.GetString() : null;
                if (!(test.TryGetProperty("expected_failure", out var f) && f.ValueKind == JsonValueKind.True) || (expectedMessage is not null && expectedMessage != e.Message))
                {
                    failures.Add($"{input}: {e.Message} (expected {expectedMessage ?? "success"})");
                }
            }
        }

        output.WriteLine($"vers canonical parse: {total - failures.Count} of {total} pass");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Containment_cases_pass()
    {
        var failures = new List<string>();
        var total = 0;
        foreach (var test in Cases("npm_range_containment_test.json").Concat(Cases("pypi_range_containment_test.json")))
        {
            total++;
            var input = test.GetProperty("input");
            var vers = input.GetProperty("vers").GetString()!;
            var version = input.GetProperty("version").GetString()!;
            if (VersRange.Parse(vers).Contains(version) != test.GetProperty("expected_output").GetBoolean())
            {
                failures.Add($"{vers} contains {version}: expected {test.GetProperty("expected_output")}");
            }
        }

        output.WriteLine($"vers containment: {total - failures.Count} of {total} pass");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static List<JsonElement> Cases(string file)
    {
        var folder = SharedData.Require(Path.Combine("vers", "vers-spec", "tests"));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
        return [.. doc.RootElement.GetProperty("tests").EnumerateArray().Select(t => t.Clone())];
    }
}
