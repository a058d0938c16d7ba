using System.Text.Json;
using MedPatch.Core.Standards.PackageUrls;

namespace MedPatch.Core.Tests.Standards.PackageUrls;

/// <summary>Runs every case of the purl-spec test suite (tests/spec and tests/types) in place.</summary>
public sealed class PurlSpecSuiteTests(ITestOutputHelper output)
{
    /// <summary>
    /// Cases the suite contradicts elsewhere: these "parse" cases expect upper-case qualifier keys to fail while
    /// maven-test.json's parse cases and every "validate" case (and the spec's parsing steps) lowercase them.
    /// </summary>
    private static readonly HashSet<string> Contradictions = new(StringComparer.Ordinal)
    {
        "gem-test.json|parse|pkg:gem/jruby-launcher@1.1.2?Platform=java",
        "rpm-test.json|parse|pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25",
    };

    [Fact]
    public void Every_purl_spec_case_passes()
    {
        var root = SharedData.Require("purl");
        var files = Directory.GetFiles(Path.Combine(root, "tests"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        var total = 0;
        var failures = new List<string>();
        var contradicted = 0;
        foreach (var file in files)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var test in doc.RootElement.GetProperty("tests").EnumerateArray())
            {
                total++;
                var error = PurlSuiteCase.Run(test);
                var key = $"{Path.GetFileName(file)}|{test.GetProperty("test_type").GetString()}|{test.GetProperty("input")}";
                if (error is not null && Contradictions.Contains(key))
                {
                    contradicted++;
                }
                else if (error is not null)
                {
                    failures.Add($"{Path.GetFileName(file)}: {test.GetProperty("description").GetString()}: {error}");
                }
            }
        }

        output.WriteLine($"purl-spec suite: {total - failures.Count - contradicted} of {total} cases pass ({contradicted} self-contradictory)");
        Assert.Equal(Contradictions.Count, contradicted);
        Assert.True(failures.Count == 0, $"{failures.Count} of {total} purl cases fail:\n" + string.Join('\n', failures));
    }
}
