using System.Text.Json;
using MedPatch.Core.Standards.PackageUrls;

namespace MedPatch.Core.Tests.Standards.PackageUrls;

/// <summary>
/// The older flat purl test suite (legacy/test-suite-data.json) that many libraries still use. Where the current
/// suite changed a rule, the current suite wins; those cases are listed with the rule that changed.
/// </summary>
public sealed class PurlLegacySuiteTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Superseded = new(StringComparer.Ordinal)
    {
        ["pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repositorY_url=repo.spring.io/release"] = "'/' in qualifier values is now percent-encoded (current suite: maven, hex, bazel, mlflow cases)",
        ["pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?extension=pom&repositorY_url=repo.spring.io/release"] = "'/' in qualifier values is now percent-encoded (current suite: maven, hex, bazel, mlflow cases)",
        ["pkg:huggingface/microsoft/deberta-v3-base@559062ad13d311b87b2c455e67dcd5f1c8f65111?repository_url=https://hub-ci.huggingface.co"] = "'/' in qualifier values is now percent-encoded (current suite: maven, hex, bazel, mlflow cases)",
        ["pkg:mlflow/CreditFraud@3?repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow"] = "'/' in qualifier values is now percent-encoded (current suite: maven, hex, bazel, mlflow cases)",
        ["pkg:mlflow/CreditFraud@3?repository_url=https://westus2.api.azureml.ms/mlflow/v1.0/subscriptions/a50f2011-fab8-4164-af23-c62881ef8c95/resourceGroups/TestResourceGroup/providers/Microsoft.MachineLearningServices/workspaces/TestWorkspace"] = "'/' in qualifier values is now percent-encoded (current suite: maven, hex, bazel, mlflow cases)",
        ["pkg:mlflow/trafficsigns@10?model_uuid=36233173b22f4c89b451f1228d700d49&run_id=410a3121-2709-4f88-98dd-dba0ef056b0a&repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow"] = "'/' in qualifier values is now percent-encoded (current suite: maven, hex, bazel, mlflow cases)",
        ["pkg:conan/bincrafters/cctz@2.3"] = "conan namespace without channel is valid now (conan-test.json)",
        ["pkg:conan/cctz@2.3?channel=stable"] = "conan channel without namespace is valid now (conan-test.json)",
        ["pkg:huggingface/distilbert-base-uncased@043235d6088ecd3dd5fb5ca3592b6913fd516027"] = "huggingface namespace is required now (huggingface-definition.json)",
        ["pkg:cpan/URI::PackageURL@2.11"] = "cpan names with '::' are invalid now (cpan-test.json)",
        ["pkg:cpan/Perl-Version@1.013"] = "cpan distribution names without namespace are valid now (cpan-test.json)",
    };

    [Fact]
    public void Legacy_cases_pass_unless_superseded()
    {
        var root = SharedData.Require("purl");
        var path = Path.Combine(root, "legacy", "test-suite-data.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var failures = new List<string>();
        var superseded = 0;
        var total = 0;
        foreach (var test in doc.RootElement.EnumerateArray())
        {
            total++;
            var input = test.GetProperty("purl").GetString()!;
            var invalid = test.GetProperty("is_invalid").GetBoolean();
            var canonical = test.GetProperty("canonical_purl").GetString();
            var ok = PackageUrl.TryParse(input, out var purl, out var error);
            var problem = (invalid, ok) switch
            {
                (true, true) => $"expected a failure, got {purl}",
                (false, false) => $"unexpected error: {error}",
                (false, true) when purl!.ToString() != canonical => $"got {purl}, expected {canonical}",
                _ => null,
            };
            if (problem is not null && Superseded.ContainsKey(input))
            {
                superseded++;
            }
            else if (problem is not null)
            {
                failures.Add($"{input}: {problem}");
            }
        }

        output.WriteLine($"legacy purl suite: {total - failures.Count - superseded} of {total} pass ({superseded} superseded by the current suite)");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(Superseded.Count, superseded);
    }
}
