using System.Text.Json;
using System.Text.Json.Nodes;
using MedPatch.Core.Standards.Csaf;
using MedPatch.Core.Standards.Csaf.MandatoryTests;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>
/// Small documents written from the rules of CSAF 2.0 section 6.1: for each test one that fails it and one that
/// passes. A fragment is merged into a valid base document (objects merge, arrays and values replace).
/// </summary>
public sealed class MandatoryTestRuleTests
{
    private const string Base = """
        {
          "document": {
            "category": "csaf_base",
            "csaf_version": "2.0",
            "lang": "en-US",
            "publisher": { "category": "vendor", "name": "Example Medical", "namespace": "https://example.com" },
            "title": "Rule test",
            "tracking": {
              "current_release_date": "2024-02-01T10:00:00.000Z",
              "id": "EX-2024-001",
              "initial_release_date": "2024-01-01T10:00:00.000Z",
              "revision_history": [ { "date": "2024-01-01T10:00:00.000Z", "number": "1", "summary": "Initial version." } ],
              "status": "final",
              "version": "1"
            }
          },
          "product_tree": {
            "full_product_names": [
              { "name": "Infusion pump 1.0", "product_id": "CSAFPID-1" },
              { "name": "Infusion pump 2.0", "product_id": "CSAFPID-2" },
              { "name": "Infusion pump 3.0", "product_id": "CSAFPID-3" }
            ],
            "product_groups": [ { "group_id": "CSAFGID-1", "product_ids": [ "CSAFPID-1", "CSAFPID-2" ] } ]
          }
        }
        """;

    private const string V31High = "\"version\": \"3.1\", \"vectorString\": \"CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H\"";

    [Fact]
    public void The_base_document_passes_every_mandatory_test() => Assert.Empty(Run("{}"));

    [Theory]
    [InlineData("6.1.2", """{ "product_tree": { "full_product_names": [ { "name": "A", "product_id": "CSAFPID-1" }, { "name": "B", "product_id": "CSAFPID-1" } ], "product_groups": [] } }""")]
    [InlineData("6.1.2", """{ "product_tree": { "branches": [ { "category": "vendor", "name": "Ex", "branches": [ { "category": "product_name", "name": "P", "product": { "name": "P", "product_id": "CSAFPID-2" } } ] } ] } }""")]
    [InlineData("6.1.5", """{ "product_tree": { "product_groups": [ { "group_id": "CSAFGID-1", "product_ids": [ "CSAFPID-1", "CSAFPID-2" ] }, { "group_id": "CSAFGID-1", "product_ids": [ "CSAFPID-1", "CSAFPID-3" ] } ] } }""")]
    [InlineData("6.1.7", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "baseScore": 10, "baseSeverity": "CRITICAL" } }, { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 6.5, "baseSeverity": "MEDIUM" } } ] } ] }""")]
    [InlineData("6.1.8", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 6.5 } } ] } ] }""")]
    [InlineData("6.1.8", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.0", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 6.5, "baseSeverity": "MEDIUM" } } ] } ] }""")]
    [InlineData("6.1.8", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v2": { "version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:P/I:P/A:P", "baseScore": 7.5, "accessVector": "ADJACENT" } } ] } ] }""")]
    [InlineData("6.1.8", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H", "baseScore": 6.5, "baseSeverity": "MEDIUM" } } ] } ] }""")]
    [InlineData("6.1.9", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 10.0, "baseSeverity": "LOW" } } ] } ] }""")]
    [InlineData("6.1.9", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H/E:U", "baseScore": 6.5, "baseSeverity": "MEDIUM", "temporalScore": 6.5 } } ] } ] }""")]
    [InlineData("6.1.9", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v2": { "version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:P/I:P/A:P", "baseScore": 7.0 } } ] } ] }""")]
    [InlineData("6.1.10", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "baseScore": 9.8, "baseSeverity": "CRITICAL", "attackVector": "LOCAL", "attackComplexity": "LOW", "scope": "CHANGED", "availabilityImpact": "LOW" } } ] } ] }""")]
    [InlineData("6.1.10", """{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v2": { "version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:P/I:P/A:P", "baseScore": 7.5, "authentication": "SINGLE" } } ] } ] }""")]
    [InlineData("6.1.11", """{ "vulnerabilities": [ { "cwe": { "id": "CWE-79", "name": "Improper Input Validation" } } ] }""")]
    [InlineData("6.1.11", """{ "vulnerabilities": [ { "cwe": { "id": "CWE-0079", "name": "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')" } } ] }""")]
    [InlineData("6.1.12", """{ "document": { "lang": "EZ" } }""")]
    [InlineData("6.1.12", """{ "document": { "lang": "en-US-", "source_lang": "de" } }""")]
    [InlineData("6.1.18", """{ "document": { "tracking": { "revision_history": [ { "date": "2024-01-01T10:00:00.000Z", "number": "0", "summary": "Draft." }, { "date": "2024-01-02T10:00:00.000Z", "number": "1", "summary": "Initial version." } ] } } }""")]
    [InlineData("6.1.18", """{ "document": { "tracking": { "status": "interim", "version": "1.0.0", "revision_history": [ { "date": "2024-01-01T10:00:00.000Z", "number": "0.9.0", "summary": "Draft." }, { "date": "2024-01-02T10:00:00.000Z", "number": "1.0.0", "summary": "Initial version." } ] } } }""")]
    [InlineData("6.1.21", """{ "document": { "tracking": { "version": "3", "revision_history": [ { "date": "2024-01-01T10:00:00.000Z", "number": "1", "summary": "Initial version." }, { "date": "2024-01-02T10:00:00.000Z", "number": "3", "summary": "Other changes." } ] } } }""")]
    [InlineData("6.1.21", """{ "document": { "tracking": { "version": "2", "revision_history": [ { "date": "2024-01-01T10:00:00.000Z", "number": "2", "summary": "First item." } ] } } }""")]
    [InlineData("6.1.21", """{ "document": { "tracking": { "version": "3.0.0", "revision_history": [ { "date": "2024-01-01T10:00:00.000Z", "number": "1.0.0", "summary": "Initial." }, { "date": "2024-01-02T10:00:00.000Z", "number": "1.1.0", "summary": "Minor." }, { "date": "2024-01-03T10:00:00.000Z", "number": "3.0.0", "summary": "Major." } ] } } }""")]
    [InlineData("6.1.23", """{ "vulnerabilities": [ { "cve": "CVE-2017-0145" }, { "cve": "CVE-2017-0145" } ] }""")]
    [InlineData("6.1.27.1", """{ "document": { "category": "csaf_informational_advisory", "notes": [ { "category": "legal_disclaimer", "text": "As is." } ], "references": [ { "summary": "More", "url": "https://example.com/more" } ] } }""")]
    [InlineData("6.1.27.1", """{ "document": { "category": "csaf_security_incident_response", "references": [ { "category": "external", "summary": "More", "url": "https://example.com/more" } ] } }""")]
    [InlineData("6.1.27.7", """{ "document": { "category": "csaf_vex" }, "vulnerabilities": [ { "cve": "CVE-2024-0001", "notes": [ { "category": "description", "text": "x" } ], "product_status": { "first_fixed": [ "CSAFPID-1" ], "recommended": [ "CSAFPID-2" ] } } ] }""")]
    [InlineData("6.1.27.8", """{ "document": { "category": "csaf_vex" }, "vulnerabilities": [ { "title": "No identifier", "notes": [ { "category": "description", "text": "x" } ], "product_status": { "fixed": [ "CSAFPID-1" ] } } ] }""")]
    [InlineData("6.1.27.9", """{ "document": { "category": "csaf_vex" }, "vulnerabilities": [ { "cve": "CVE-2024-0001", "notes": [ { "category": "description", "text": "x" } ], "product_status": { "known_not_affected": [ "CSAFPID-1", "CSAFPID-2", "CSAFPID-3" ] }, "threats": [ { "category": "impact", "details": "Code not present.", "group_ids": [ "CSAFGID-1" ] } ] } ] }""")]
    [InlineData("6.1.27.9", """{ "document": { "category": "csaf_vex" }, "vulnerabilities": [ { "cve": "CVE-2024-0001", "notes": [ { "category": "description", "text": "x" } ], "product_status": { "known_not_affected": [ "CSAFPID-3" ] }, "threats": [ { "category": "exploit_status", "details": "Not exploited.", "product_ids": [ "CSAFPID-3" ] } ] } ] }""")]
    [InlineData("6.1.28", """{ "document": { "lang": "en-US", "source_lang": "en-US" } }""")]
    [InlineData("6.1.28", """{ "document": { "lang": "de-DE", "source_lang": "DE-de" } }""")]
    public void A_document_breaking_the_rule_fails_the_test(string test, string fragment)
    {
        var errors = Run(fragment);
        Assert.True(errors.Any(e => e.Test == test), $"expected {test}; reported: {Describe(errors)}");
    }

    [Theory]
    [InlineData("""{ "product_tree": { "relationships": [ { "category": "installed_on", "full_product_name": { "name": "Pump on gateway", "product_id": "CSAFPID-4" }, "product_reference": "CSAFPID-1", "relates_to_product_reference": "CSAFPID-2" } ] } }""")]
    [InlineData("""{ "product_tree": { "product_groups": [ { "group_id": "CSAFGID-1", "product_ids": [ "CSAFPID-1", "CSAFPID-2" ] }, { "group_id": "CSAFGID-2", "product_ids": [ "CSAFPID-1", "CSAFPID-3" ] } ] } }""")]
    [InlineData("""{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.0", "vectorString": "CVSS:3.0/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 6.5, "baseSeverity": "MEDIUM" } }, { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 6.5, "baseSeverity": "MEDIUM" }, "cvss_v2": { "version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:P/I:P/A:P", "baseScore": 7.5 } } ] } ] }""")]
    [InlineData("""{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v3": { "version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C/CR:H/MAV:N", "baseScore": 6.5, "baseSeverity": "MEDIUM", "temporalScore": 5.7, "temporalSeverity": "MEDIUM", "environmentalScore": 5.9, "environmentalSeverity": "MEDIUM", "attackVector": "LOCAL", "exploitCodeMaturity": "UNPROVEN", "modifiedAttackVector": "NETWORK", "confidentialityRequirement": "HIGH" } } ] } ] }""")]
    [InlineData("""{ "vulnerabilities": [ { "scores": [ { "products": [ "CSAFPID-1" ], "cvss_v2": { "version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:P/I:P/A:P", "baseScore": 7.5, "temporalScore": 7.5, "environmentalScore": 7.5, "accessVector": "NETWORK", "authentication": "NONE" } } ] } ] }""")]
    [InlineData("""{ "vulnerabilities": [ { "cwe": { "id": "CWE-79", "name": "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')" } }, { "cwe": { "id": "CWE-1395", "name": "Dependency on Vulnerable Third-Party Component" } } ] }""")]
    [InlineData("""{ "document": { "lang": "zh-Hant-TW", "source_lang": "de-CH-1996" } }""")]
    [InlineData("""{ "document": { "lang": "en-GB", "source_lang": "en-US" } }""")]
    [InlineData("""{ "document": { "lang": "sgn-BE-FR" } }""")]
    [InlineData("""{ "document": { "status": "draft", "tracking": { "status": "draft", "version": "0", "revision_history": [ { "date": "2024-01-01T10:00:00.000Z", "number": "0", "summary": "Draft." } ] } } }""")]
    [InlineData("""{ "document": { "tracking": { "version": "2.0.0", "revision_history": [ { "date": "2024-01-01T10:00:00.000Z", "number": "1.0.0", "summary": "Initial." }, { "date": "2024-01-02T10:00:00.000Z", "number": "1.0.1", "summary": "Fix." }, { "date": "2024-01-03T10:00:00.000Z", "number": "2.0.0", "summary": "Major." } ] } } }""")]
    [InlineData("""{ "vulnerabilities": [ { "cve": "CVE-2017-0145" }, { "cve": "CVE-2017-0146" } ] }""")]
    [InlineData("""{ "document": { "category": "csaf_informational_advisory", "notes": [ { "category": "summary", "text": "What to know." } ], "references": [ { "summary": "More", "url": "https://example.com/more" } ] } }""")]
    [InlineData("""{ "document": { "category": "csaf_vex" }, "vulnerabilities": [ { "ids": [ { "system_name": "Example", "text": "EX-1" } ], "notes": [ { "category": "description", "text": "x" } ], "product_status": { "known_not_affected": [ "CSAFPID-1", "CSAFPID-2", "CSAFPID-3" ], "known_affected": [ "CSAFPID-4" ] }, "flags": [ { "label": "component_not_present", "product_ids": [ "CSAFPID-3" ] } ], "threats": [ { "category": "impact", "details": "Code not present.", "group_ids": [ "CSAFGID-1" ] } ], "remediations": [ { "category": "vendor_fix", "details": "Update.", "product_ids": [ "CSAFPID-4" ] } ] } ], "product_tree": { "full_product_names": [ { "name": "A", "product_id": "CSAFPID-1" }, { "name": "B", "product_id": "CSAFPID-2" }, { "name": "C", "product_id": "CSAFPID-3" }, { "name": "D", "product_id": "CSAFPID-4" } ] } }""")]
    public void A_document_keeping_the_rules_passes(string fragment)
    {
        var errors = Run(fragment);
        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Fact]
    public void Errors_carry_the_json_path_of_the_offending_value()
    {
        var errors = Run("""{ "vulnerabilities": [ { "product_status": { "known_affected": [ "CSAFPID-1", "CSAFPID-9" ] } } ] }""");

        var error = Assert.Single(errors);
        Assert.Equal(("6.1.1", "$.vulnerabilities[0].product_status.known_affected[1]"), (error.Test, error.Path));
    }

    [Theory]
    [InlineData("""{ "document": 5, "product_tree": [], "vulnerabilities": {} }""")]
    [InlineData("""{ "document": { "tracking": { "revision_history": [ 1, { "date": 3, "number": 4 } ], "version": 2 } }, "vulnerabilities": [ 1, { "scores": [ { "cvss_v3": "x", "cvss_v2": { "vectorString": 5 } } ], "product_status": { "known_affected": [ 7 ] } } ] }""")]
    [InlineData("""[]""")]
    public void A_document_of_the_wrong_shape_is_checked_without_crashing(string json)
    {
        using var document = JsonDocument.Parse(json);
        _ = CsafMandatoryTests.Run(document.RootElement);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("en-US", true)]
    [InlineData("de-CH-1901", true)]
    [InlineData("zh-cmn-Hans-CN", true)]
    [InlineData("es-419", true)]
    [InlineData("en-a-bbb-x-a-ccc", true)]
    [InlineData("x-whatever", true)]
    [InlineData("i-klingon", true)]
    [InlineData("qtx", true)]
    [InlineData("en-Qabc", true)]
    [InlineData("EZ", false)]
    [InlineData("en_US", false)]
    [InlineData("en-", false)]
    [InlineData("english", false)]
    [InlineData("de-1996-1996", false)]
    [InlineData("en-a-bbb-a-ccc", false)]
    [InlineData("en-a", false)]
    [InlineData("en-x", false)]
    [InlineData("abcdefghi", false)]
    public void Language_tags_follow_bcp_47(string tag, bool valid) =>
        Assert.Equal(valid, LanguageTag.Check(tag) is null);

    [Theory]
    [InlineData("Csaf_a")]
    [InlineData("Informational Advisory")]
    [InlineData("security-incident-response")]
    [InlineData("Security      Advisory")]
    [InlineData("veX")]
    [InlineData("V_eX")]
    [InlineData("csaf_BASE")]
    public void Prohibited_category_names_fail_6_1_26(string category)
    {
        var errors = Run($$"""{ "document": { "category": "{{category}}" } }""");
        Assert.Contains(errors, e => e.Test == "6.1.26");
    }

    [Theory]
    [InlineData("Medical Device Notice")]
    [InlineData("csaf_base")]
    [InlineData("vex_report")]
    public void Other_category_names_pass_6_1_26(string category) =>
        Assert.DoesNotContain(Run($$"""{ "document": { "category": "{{category}}" } }"""), e => e.Test == "6.1.26");

    private static IReadOnlyList<CsafValidationError> Run(string fragment)
    {
        var document = JsonNode.Parse(Base)!;
        Merge(document.AsObject(), JsonNode.Parse(fragment)!.AsObject());
        using var json = JsonDocument.Parse(document.ToJsonString());
        return CsafMandatoryTests.Run(json.RootElement);
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source.ToList())
        {
            if (value is JsonObject child && target[name] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    private static string Describe(IReadOnlyList<CsafValidationError> errors) =>
        errors.Count == 0 ? "nothing" : string.Join("; ", errors.Select(e => $"{e.Test} {e.Path} {e.Message}"));
}
