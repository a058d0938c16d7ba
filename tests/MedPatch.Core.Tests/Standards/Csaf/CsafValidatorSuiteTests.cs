using System.Text.Json;
using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>
/// The whole validator (input, schema, mandatory tests) against the verdict testcases.json gives for every document of
/// the OASIS suite: "valid" says whether the document is a valid CSAF document, also for documents that only fail an
/// optional or informative test (those findings are warnings).
/// </summary>
public sealed class CsafValidatorSuiteTests
{
    private const string Validator = "csaf/oasis-tests/validator";

    /// <summary>
    /// Two suite files marked valid repeat one hash algorithm inside one file_hashes list, which mandatory test 6.1.25
    /// forbids in so many words; the standard's text wins over the index.
    /// </summary>
    private static readonly HashSet<string> ContradictTheStandard = new(StringComparer.Ordinal)
    {
        "optional/oasis_csaf_tc-csaf_2_0-2021-6-2-08-02.json",
        "optional/oasis_csaf_tc-csaf_2_0-2021-6-2-09-02.json",
    };

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        var index = SharedData.FilesOrEmpty(Validator, "testcases.json").FirstOrDefault(f => Path.GetFileName(f) == "testcases.json");
        if (index is null)
        {
            return data;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(index));
        foreach (var test in json.RootElement.GetProperty("tests").EnumerateArray())
        {
            var id = test.GetProperty("id").GetString()!;
            foreach (var member in new[] { "failures", "valid" })
            {
                if (!test.TryGetProperty(member, out var files))
                {
                    continue;
                }

                foreach (var file in files.EnumerateArray())
                {
                    data.Add(id, file.GetProperty("name").GetString()!, file.GetProperty("valid").GetBoolean());
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_validator_gives_the_suite_verdict(string test, string file, bool valid)
    {
        var report = CsafValidator.Validate(File.ReadAllBytes(Path.Combine(SharedData.Require(Validator), file)));

        if (ContradictTheStandard.Contains(file))
        {
            Assert.Contains(report.Errors, e => e.Test == "6.1.25");
            return;
        }

        Assert.True(
            report.Valid == valid,
            $"{file} (test {test}) is {(valid ? "valid" : "invalid")} in the suite; we say {(report.Valid ? "valid" : "invalid")}: "
            + string.Join("; ", report.Errors.Take(5).Select(e => $"{e.Test} {e.Path} {e.Message}")));
        if (!valid)
        {
            Assert.Contains(report.Errors, e => e.Test == test);
        }

        if (report.Valid)
        {
            Assert.NotNull(report.Document);
        }
    }
}
