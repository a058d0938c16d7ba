using System.Text;
using System.Text.Json.Nodes;
using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>The façade: input errors, then schema errors, then mandatory test failures, in one report.</summary>
public sealed class CsafValidatorTests
{
    public static TheoryData<string> Advisories() => CsafTestData.Advisories();

    [Theory]
    [MemberData(nameof(Advisories))]
    public void Advisory_passes_schema_and_mandatory_tests(string relative)
    {
        using var stream = File.OpenRead(CsafTestData.Path(relative));

        var report = CsafValidator.Validate(stream);

        Assert.True(report.Valid, relative + ":\n" + string.Join("\n", report.Errors.Take(20)));
        Assert.Empty(report.Errors);
        Assert.NotNull(report.Document);
    }

    [Fact]
    public void Mandatory_test_failure_keeps_the_document_and_names_the_test()
    {
        var report = CsafValidator.Validate(CsafTestData.Bytes("oasis-tests/validator/mandatory/oasis_csaf_tc-csaf_2_0-2021-6-1-01-01.json"));

        Assert.False(report.Valid);
        Assert.NotNull(report.Document);
        Assert.Contains(report.Errors, e => e.Test == "6.1.1");
        Assert.DoesNotContain(report.Errors, e => e.Test is "json" or "schema");
    }

    [Fact]
    public void Undefined_property_is_a_warning_of_optional_test_6_2_20()
    {
        var report = CsafValidator.Validate(CsafTestData.Bytes("oasis-tests/validator/optional/oasis_csaf_tc-csaf_2_0-2021-6-2-20-01.json"));

        Assert.True(report.Valid);
        Assert.Empty(report.Errors);
        Assert.NotNull(report.Document);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(new CsafValidationError("6.2.20", "$.document.custom_property", warning.Message), warning);
    }

    [Fact]
    public async Task Schema_errors_come_before_mandatory_test_failures()
    {
        // A wrong note category (schema) and a product_id used but never defined (6.1.1).
        var root = JsonNode.Parse(CsafTestData.Bytes("cisa-icsma/icsma-24-254-01.json"))!;
        root["document"]!["notes"]![0]!["category"] = "remark";
        root["vulnerabilities"]![0]!["product_status"]!["known_affected"]!.AsArray().Add("CSAFPID-9999");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(root.ToJsonString()));

        var report = await CsafValidator.ValidateAsync(stream, TestContext.Current.CancellationToken);

        Assert.False(report.Valid);
        Assert.Null(report.Document);
        Assert.Equal("schema", report.Errors[0].Test);
        Assert.Equal("$.document.notes[0].category", report.Errors[0].Path);
        Assert.Contains(report.Errors, e => e.Test == "6.1.1" && e.Path.Contains("known_affected", StringComparison.Ordinal));
        Assert.True(report.Errors.ToList().FindIndex(e => e.Test == "6.1.1") > 0);
    }
}
