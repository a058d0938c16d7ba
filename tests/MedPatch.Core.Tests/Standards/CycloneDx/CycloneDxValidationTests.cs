using System.Text.Json;
using MedPatch.Core.Standards.CycloneDx;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Tests.Standards.CycloneDx;

/// <summary>Single rules of the validator on small BOMs, each naming the JSON path of the offending value.</summary>
public sealed class CycloneDxValidationTests
{
    private static IReadOnlyList<SbomError> Validate(string json, string spec = "1.6")
    {
        using var document = JsonDocument.Parse($$"""{"bomFormat":"CycloneDX","specVersion":"{{spec}}","version":1,{{json}}}""");
        return CycloneDxValidation.Validate(document.RootElement);
    }

    [Fact]
    public void Minimal_bom_is_valid() => Assert.Empty(Validate("\"components\":[]"));

    [Fact]
    public void Hash_length_must_fit_its_algorithm()
    {
        // 40 hex digits is a valid SHA-1 length, so only the algorithm tells that this SHA-256 value is wrong.
        var errors = Validate("""
            "components":[{"type":"library","name":"a","hashes":[{"alg":"SHA-256","content":"e6b1000b94e835ffd37f4c6dcbdad43f4b48a02a"}]}]
            """);

        var error = Assert.Single(errors);
        Assert.Equal("$.components[0].hashes[0].content", error.Path);
        Assert.Contains("64 hex digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_bom_ref_is_reported_where_it_repeats()
    {
        var errors = Validate("""
            "components":[{"type":"library","name":"a","bom-ref":"x"},{"type":"library","name":"b","components":[{"type":"file","name":"c","bom-ref":"x"}]}]
            """);

        var error = Assert.Single(errors);
        Assert.Equal("$.components[1].components[0]['bom-ref']", error.Path);
        Assert.Contains("$.components[0]['bom-ref']", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependency_must_name_a_bom_ref_of_the_bom()
    {
        var errors = Validate("""
            "components":[{"type":"library","name":"a","bom-ref":"a"}],
            "dependencies":[{"ref":"a","dependsOn":["missing","urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:npm/x@1"]}]
            """);

        Assert.Equal("$.dependencies[0].dependsOn[0]", Assert.Single(errors).Path);
    }

    [Fact]
    public void Unknown_member_is_named()
    {
        var errors = Validate("""
            "components":[{"type":"library","name":"a","colour":"red"}]
            """);

        Assert.Equal("$.components[0].colour", Assert.Single(errors).Path);
    }

    [Theory]
    [InlineData("cryptographic-asset", "1.5", 1)]
    [InlineData("cryptographic-asset", "1.6", 0)]
    [InlineData("machine-learning-model", "1.4", 1)]
    [InlineData("machine-learning-model", "1.5", 0)]
    public void Component_types_follow_the_spec_version(string type, string spec, int errors)
    {
        Assert.Equal(errors, Validate($$"""
            "components":[{"type":"{{type}}","name":"a"}]
            """, spec).Count);
    }

    [Fact]
    public void Version_is_required_in_1_4_only()
    {
        using var v14 = JsonDocument.Parse("""{"bomFormat":"CycloneDX","specVersion":"1.4"}""");
        using var v15 = JsonDocument.Parse("""{"bomFormat":"CycloneDX","specVersion":"1.5"}""");

        Assert.Single(CycloneDxValidation.Validate(v14.RootElement));
        Assert.Empty(CycloneDxValidation.Validate(v15.RootElement));
    }

    [Theory]
    [InlineData("""{"license":{"id":"MIT","name":"MIT License"}}""")]
    [InlineData("""{"license":{}}""")]
    [InlineData("""{"license":{"id":"not a license id"}}""")]
    [InlineData("""{"expression":"MIT"},{"license":{"id":"MIT"}}""")]
    [InlineData("""{"expression":"MIT","license":{"id":"MIT"}}""")]
    public void License_choice_rules_are_enforced(string licenses)
    {
        Assert.NotEmpty(Validate($$"""
            "components":[{"type":"library","name":"a","licenses":[{{licenses}}]}]
            """));
    }

    [Fact]
    public void Mixed_license_entries_are_allowed_from_1_7()
    {
        Assert.Empty(Validate("""
            "components":[{"type":"library","name":"a","licenses":[{"expression":"MIT","acknowledgement":"concluded"},{"license":{"id":"MIT","acknowledgement":"declared"}}]}]
            """, "1.7"));
    }

    [Theory]
    [InlineData("2024-02-30T10:00:00Z")]
    [InlineData("2024-02-01 10:00:00")]
    [InlineData("2024-02-01")]
    public void Timestamps_must_be_rfc3339_date_times(string timestamp)
    {
        Assert.Equal("$.metadata.timestamp", Assert.Single(Validate($$"""
            "metadata":{"timestamp":"{{timestamp}}"}
            """)).Path);
    }

    [Fact]
    public void Vex_analysis_values_are_checked()
    {
        var errors = Validate("""
            "vulnerabilities":[{"id":"CVE-2021-44228","analysis":{"state":"not_exploitable","justification":"code_not_reachable","response":["update","ignore"]}}]
            """);

        Assert.Equal(["$.vulnerabilities[0].analysis.state", "$.vulnerabilities[0].analysis.response[1]"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Unsupported_spec_version_is_one_error()
    {
        using var document = JsonDocument.Parse("""{"bomFormat":"CycloneDX","specVersion":"1.3","version":1}""");

        Assert.Equal("$.specVersion", Assert.Single(CycloneDxValidation.Validate(document.RootElement)).Path);
    }
}
