using System.Globalization;
using System.Text;

namespace MedPatch.Core.Tests.Standards.CycloneDx;

/// <summary>
/// The official CycloneDX test files: every valid-*.json must validate and every invalid-*.json must be rejected.
/// </summary>
public sealed class CycloneDxSpecTests
{
    public static TheoryData<string> Files() => CycloneDxTestData.SpecTestFiles();

    [Theory]
    [MemberData(nameof(Files))]
    public void Spec_test_file_is_classified_as_its_name_says(string relative)
    {
        var errors = CycloneDxTestData.Validate(SharedData.Require("cyclonedx/spec-tests/" + relative));

        if (Path.GetFileName(relative).StartsWith("valid-", StringComparison.Ordinal))
        {
            Assert.True(errors.Count == 0, relative + " should be valid:\n" + string.Join("\n", errors));
        }
        else
        {
            Assert.True(errors.Count > 0, relative + " should be invalid but no error was found");
        }
    }

    [Fact]
    public void Every_spec_test_file_of_every_version_is_classified_right()
    {
        var root = SharedData.Require("cyclonedx/spec-tests");
        var report = new StringBuilder();
        var wrong = 0;
        var total = 0;
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var files = Directory.EnumerateFiles(folder, "*.json").ToList();
            var right = files.Count(file => Path.GetFileName(file).StartsWith("valid-", StringComparison.Ordinal) == (CycloneDxTestData.Validate(file).Count == 0));
            report.AppendLine(CultureInfo.InvariantCulture, $"{Path.GetFileName(folder)}: {right}/{files.Count}");
            wrong += files.Count - right;
            total += files.Count;
        }

        TestContext.Current.SendDiagnosticMessage(report.ToString());
        Assert.True(total >= 218, $"expected the 218 official test files, found {total}");
        Assert.True(wrong == 0, report.ToString());
    }
}
