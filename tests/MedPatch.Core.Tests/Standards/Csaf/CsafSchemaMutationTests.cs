using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>
/// Nearly every document of the shared data is schema-valid, so the rejecting side of the schema is tested here: a
/// real advisory with one change at a time, each checked against the error path we expect and against the official
/// schema evaluated by JsonSchema.Net. Where JsonSchema.Net departs from the standards the schema refers to (RFC 3339,
/// RFC 3986, ECMA-262 regular expressions), the second list pins our standard-following verdict and the reason.
/// </summary>
public sealed class CsafSchemaMutationTests
{
    private const string Base = "cisa-icsma/icsma-24-254-01.json";
    private const string Helper = "product_tree.branches[0].branches[0].branches[0].product.product_identification_helper";
    private const string Score = "vulnerabilities[0].scores[0].cvss_v3";

    /// <summary>Name → (path to set or remove, new JSON value or null to remove, path of our first error or null for valid).</summary>
    private static readonly Dictionary<string, (string Target, string? Json, string? ErrorPath)> Agreeing = new(StringComparer.Ordinal)
    {
        ["unchanged"] = ("document.title", "\"BPL\"", null),
        ["missing title"] = ("document.title", null, "$.document.title"),
        ["empty title"] = ("document.title", "\"\"", "$.document.title"),
        ["title null"] = ("document.title", "null", "$.document.title"),
        ["emoji title is one character"] = ("document.title", "\"\\ud83d\\ude00\"", null),
        ["csaf_version 2.1"] = ("document.csaf_version", "\"2.1\"", "$.document.csaf_version"),
        ["category with leading underscore"] = ("document.category", "\"_csaf\"", "$.document.category"),
        ["category with inner space"] = ("document.category", "\"csaf base\"", null),
        ["publisher category unknown"] = ("document.publisher.category", "\"manufacturer\"", "$.document.publisher.category"),
        ["publisher namespace relative"] = ("document.publisher.namespace", "\"/relative\"", "$.document.publisher.namespace"),
        ["publisher namespace urn"] = ("document.publisher.namespace", "\"urn:isbn:123\"", null),
        ["publisher namespace with space"] = ("document.publisher.namespace", "\"https://example.com/a b\"", "$.document.publisher.namespace"),
        ["publisher namespace non-ASCII"] = ("document.publisher.namespace", "\"https://example.com/\u00e4\"", "$.document.publisher.namespace"),
        ["publisher namespace bad port"] = ("document.publisher.namespace", "\"http://host:port/\"", "$.document.publisher.namespace"),
        ["publisher namespace with user and port"] = ("document.publisher.namespace", "\"http://a:b@host:80/p?q#f\"", null),
        ["tlp lower case"] = ("document.distribution.tlp.label", "\"white\"", "$.document.distribution.tlp.label"),
        ["distribution empty"] = ("document.distribution", "{}", "$.document.distribution"),
        ["lang en-US"] = ("document.lang", "\"en-US\"", null),
        ["lang zh-Hant-TW"] = ("document.lang", "\"zh-Hant-TW\"", null),
        ["lang i-default"] = ("document.lang", "\"i-default\"", null),
        ["lang one letter"] = ("document.lang", "\"e\"", "$.document.lang"),
        ["lang trailing dash"] = ("document.lang", "\"en-\"", "$.document.lang"),
        ["notes empty"] = ("document.notes", "[]", "$.document.notes"),
        ["note category unknown"] = ("document.notes[0].category", "\"remark\"", "$.document.notes[0].category"),
        ["acknowledgment empty"] = ("document.acknowledgments[0]", "{}", "$.document.acknowledgments[0]"),
        ["reference without url"] = ("document.references[0].url", null, "$.document.references[0].url"),
        ["reference category self"] = ("document.references[0].category", "\"self\"", null),
        ["tracking id with trailing space"] = ("document.tracking.id", "\"ICSMA \"", "$.document.tracking.id"),
        ["tracking id with inner space"] = ("document.tracking.id", "\"IC SMA\"", null),
        ["tracking status unknown"] = ("document.tracking.status", "\"published\"", "$.document.tracking.status"),
        ["version semver with pre-release and build"] = ("document.tracking.version", "\"1.0.0-rc.1+b.5\"", null),
        ["version with leading zero"] = ("document.tracking.version", "\"01\"", "$.document.tracking.version"),
        ["version two parts"] = ("document.tracking.version", "\"1.0\"", "$.document.tracking.version"),
        ["version number type"] = ("document.tracking.version", "1", "$.document.tracking.version"),
        ["revision history empty"] = ("document.tracking.revision_history", "[]", "$.document.tracking.revision_history"),
        ["revision without summary"] = ("document.tracking.revision_history[0].summary", null, "$.document.tracking.revision_history[0].summary"),
        ["generator without engine"] = ("document.tracking.generator.engine", null, "$.document.tracking.generator.engine"),
        ["aliases repeated"] = ("document.tracking.aliases", "[\"a\",\"a\"]", "$.document.tracking.aliases[1]"),
        ["date without offset"] = ("document.tracking.current_release_date", "\"2024-01-01T00:00:00\"", "$.document.tracking.current_release_date"),
        ["date lower case t and z"] = ("document.tracking.current_release_date", "\"2024-01-01t00:00:00z\"", null),
        ["date 30 February"] = ("document.tracking.current_release_date", "\"2024-02-30T00:00:00Z\"", "$.document.tracking.current_release_date"),
        ["date 29 February of a leap year"] = ("document.tracking.current_release_date", "\"2024-02-29T00:00:00Z\"", null),
        ["date hour 24"] = ("document.tracking.current_release_date", "\"2024-01-01T24:00:00Z\"", "$.document.tracking.current_release_date"),
        ["date leap second"] = ("document.tracking.current_release_date", "\"2016-12-31T23:59:60Z\"", null),
        ["date nanoseconds"] = ("document.tracking.current_release_date", "\"2024-01-01T00:00:00.123456789Z\"", null),
        ["date offset without colon"] = ("document.tracking.current_release_date", "\"2024-01-01T00:00:00+0100\"", "$.document.tracking.current_release_date"),
        ["date offset -23:59, beyond what .NET represents"] = ("document.tracking.current_release_date", "\"2024-01-01T00:00:00-23:59\"", null),
        ["date offset 24 hours"] = ("document.tracking.current_release_date", "\"2024-01-01T00:00:00+24:00\"", "$.document.tracking.current_release_date"),
        ["date only"] = ("document.tracking.current_release_date", "\"2024-01-01\"", "$.document.tracking.current_release_date"),
        ["date comma fraction"] = ("document.tracking.current_release_date", "\"2024-01-01T00:00:00,5Z\"", "$.document.tracking.current_release_date"),
        ["date full-width digits"] = ("document.tracking.current_release_date", "\"\uff12\uff10\uff12\uff14-01-01T00:00:00Z\"", "$.document.tracking.current_release_date"),
        ["unknown root property"] = ("extra", "1", "$.extra"),
        ["unknown document property"] = ("document.custom_property", "\"x\"", "$.document.custom_property"),
        ["product tree empty"] = ("product_tree", "{}", "$.product_tree"),
        ["branch without product or branches"] = ("product_tree.branches[0].branches", null, "$.product_tree.branches[0]"),
        ["branch with product and branches"] = ("product_tree.branches[0].product", "{\"name\":\"x\",\"product_id\":\"y\"}", "$.product_tree.branches[0]"),
        ["branch category unknown"] = ("product_tree.branches[0].category", "\"manufacturer\"", "$.product_tree.branches[0].category"),
        ["product without id"] = ("product_tree.branches[0].branches[0].branches[0].product.product_id", null, "$.product_tree.branches[0].branches[0].branches[0].product.product_id"),
        ["helper empty"] = (Helper, "{}", "$." + Helper),
        ["cpe 2.3"] = (Helper, "{\"cpe\":\"cpe:2.3:a:v:p:1:*:*:*:*:*:*:*\"}", null),
        ["cpe 2.3 with quoted colon"] = (Helper, "{\"cpe\":\"cpe:2.3:a:v\\\\:x:p:1:*:*:*:*:*:*:*\"}", null),
        ["cpe 2.2"] = (Helper, "{\"cpe\":\"cpe:/a:v:p:1\"}", null),
        ["cpe too short a 2.3 name"] = (Helper, "{\"cpe\":\"cpe:2.3:a:v:p\"}", "$." + Helper + ".cpe"),
        ["cpe non-ASCII language"] = (Helper, "{\"cpe\":\"cpe:2.3:a:v:p:1:*:*:e\u00e9:*:*:*:*\"}", "$." + Helper + ".cpe"),
        ["purl"] = (Helper, "{\"purl\":\"pkg:npm/x@1\"}", null),
        ["purl without name"] = (Helper, "{\"purl\":\"pkg:npm/\"}", "$." + Helper + ".purl"),
        ["purl with space"] = (Helper, "{\"purl\":\"pkg:npm/x y\"}", "$." + Helper + ".purl"),
        ["hash of 31 digits"] = (Helper, "{\"hashes\":[{\"filename\":\"a\",\"file_hashes\":[{\"algorithm\":\"md5\",\"value\":\"0123456789abcdef0123456789abcde\"}]}]}", "$." + Helper + ".hashes[0].file_hashes[0].value"),
        ["hash not hex"] = (Helper, "{\"hashes\":[{\"filename\":\"a\",\"file_hashes\":[{\"algorithm\":\"md5\",\"value\":\"0123456789abcdef0123456789abcdeg\"}]}]}", "$." + Helper + ".hashes[0].file_hashes[0].value"),
        ["serial numbers repeated"] = (Helper, "{\"serial_numbers\":[\"1\",\"1\"]}", "$." + Helper + ".serial_numbers[1]"),
        ["skus may repeat"] = (Helper, "{\"skus\":[\"1\",\"1\"]}", null),
        ["generic uri without namespace"] = (Helper, "{\"x_generic_uris\":[{\"uri\":\"https://example.com/x\"}]}", "$." + Helper + ".x_generic_uris[0].namespace"),
        ["group with one product"] = ("product_tree.product_groups", "[{\"group_id\":\"G\",\"product_ids\":[\"CSAFPID-0001\"]}]", "$.product_tree.product_groups[0].product_ids"),
        ["relationship category unknown"] = ("product_tree.relationships", "[{\"category\":\"part_of\",\"product_reference\":\"CSAFPID-0001\",\"relates_to_product_reference\":\"CSAFPID-0002\",\"full_product_name\":{\"name\":\"x\",\"product_id\":\"y\"}}]", "$.product_tree.relationships[0].category"),
        ["vulnerabilities empty"] = ("vulnerabilities", "[]", "$.vulnerabilities"),
        ["vulnerability empty"] = ("vulnerabilities[0]", "{}", "$.vulnerabilities[0]"),
        ["cve short"] = ("vulnerabilities[0].cve", "\"CVE-2024-123\"", "$.vulnerabilities[0].cve"),
        ["cve lower case"] = ("vulnerabilities[0].cve", "\"cve-2024-1234\"", "$.vulnerabilities[0].cve"),
        ["cve long"] = ("vulnerabilities[0].cve", "\"CVE-2024-12345678\"", null),
        ["cwe 0"] = ("vulnerabilities[0].cwe.id", "\"CWE-0\"", "$.vulnerabilities[0].cwe.id"),
        ["cwe of seven digits"] = ("vulnerabilities[0].cwe.id", "\"CWE-1234567\"", "$.vulnerabilities[0].cwe.id"),
        ["cwe without name"] = ("vulnerabilities[0].cwe.name", null, "$.vulnerabilities[0].cwe.name"),
        ["product status empty"] = ("vulnerabilities[0].product_status", "{}", "$.vulnerabilities[0].product_status"),
        ["product status repeated"] = ("vulnerabilities[0].product_status.known_affected", "[\"CSAFPID-0001\",\"CSAFPID-0001\"]", "$.vulnerabilities[0].product_status.known_affected[1]"),
        ["ids repeated with other member order"] = ("vulnerabilities[0].ids", "[{\"system_name\":\"a\",\"text\":\"b\"},{\"text\":\"b\",\"system_name\":\"a\"}]", "$.vulnerabilities[0].ids[1]"),
        ["flags repeated"] = ("vulnerabilities[0].flags", "[{\"label\":\"component_not_present\",\"product_ids\":[\"CSAFPID-0001\"]},{\"label\":\"component_not_present\",\"product_ids\":[\"CSAFPID-0001\"]}]", "$.vulnerabilities[0].flags[1]"),
        ["flag label unknown"] = ("vulnerabilities[0].flags", "[{\"label\":\"not_affected\"}]", "$.vulnerabilities[0].flags[0].label"),
        ["involvement"] = ("vulnerabilities[0].involvements", "[{\"party\":\"vendor\",\"status\":\"contact_attempted\"}]", null),
        ["threat category unknown"] = ("vulnerabilities[0].threats", "[{\"category\":\"exploit\",\"details\":\"x\"}]", "$.vulnerabilities[0].threats[0].category"),
        ["remediation without details"] = ("vulnerabilities[0].remediations[0].details", null, "$.vulnerabilities[0].remediations[0].details"),
        ["restart required unknown"] = ("vulnerabilities[0].remediations[0].restart_required", "{\"category\":\"reboot\"}", "$.vulnerabilities[0].remediations[0].restart_required.category"),
        ["score without cvss"] = ("vulnerabilities[0].scores[0].cvss_v3", null, "$.vulnerabilities[0].scores[0]"),
        ["score 10"] = (Score + ".baseScore", "10.0", null),
        ["score 1e1"] = (Score + ".baseScore", "1e1", null),
        ["score above 10"] = (Score + ".baseScore", "10.01", "$." + Score + ".baseScore"),
        ["score negative"] = (Score + ".baseScore", "-0.1", "$." + Score + ".baseScore"),
        ["score as string"] = (Score + ".baseScore", "\"4.6\"", "$." + Score + ".baseScore"),
        ["cvss 3.0 vector under version 3.1"] = (Score + ".vectorString", "\"CVSS:3.0/AV:A/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N\"", "$." + Score + ".vectorString"),
        ["cvss 3.0"] = (Score, "{\"version\":\"3.0\",\"vectorString\":\"CVSS:3.0/AV:A/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N\",\"baseScore\":4.6,\"baseSeverity\":\"MEDIUM\"}", null),
        ["cvss version 4.0 under cvss_v3"] = (Score + ".version", "\"4.0\"", "$." + Score),
        ["cvss without severity"] = (Score + ".baseSeverity", null, "$." + Score + ".baseSeverity"),
        ["cvss metric unknown value"] = (Score + ".attackVector", "\"ADJACENT\"", "$." + Score + ".attackVector"),
        ["cvss unknown member"] = (Score + ".foo", "\"x\"", "$." + Score + ".foo"),
        ["cvss v2"] = ("vulnerabilities[0].scores[0].cvss_v2", "{\"version\":\"2.0\",\"vectorString\":\"AV:N/AC:L/Au:N/C:P/I:P/A:P\",\"baseScore\":7.5}", null),
        ["cvss v2 bad vector"] = ("vulnerabilities[0].scores[0].cvss_v2", "{\"version\":\"2.0\",\"vectorString\":\"AV:N/AC:L/Au:X\",\"baseScore\":7.5}", "$.vulnerabilities[0].scores[0].cvss_v2.vectorString"),
    };

    /// <summary>Name → (path, new JSON value, our error path or null, why JsonSchema.Net's verdict differs).</summary>
    private static readonly Dictionary<string, (string Target, string Json, string? ErrorPath, string Reason)> Deviating = new(StringComparer.Ordinal)
    {
        ["date with space for T"] = ("document.tracking.current_release_date", "\"2024-01-01 00:00:00Z\"", "$.document.tracking.current_release_date",
            "RFC 3339 section 5.6 date-time requires \"T\"; the space is only a note for human-readable text"),
        ["uri bad percent escape"] = ("document.publisher.namespace", "\"https://example.com/%zz\"", "$.document.publisher.namespace",
            "RFC 3986 pct-encoded is \"%\" HEXDIG HEXDIG"),
        ["uri with two #"] = ("document.publisher.namespace", "\"https://example.com#a#b\"", "$.document.publisher.namespace",
            "RFC 3986 fragment does not allow \"#\""),
        ["uri with empty host"] = ("document.publisher.namespace", "\"https://\"", null,
            "RFC 3986 reg-name may be empty"),
        ["uri scheme and rootless path"] = ("document.publisher.namespace", "\"a:b\"", null,
            "RFC 3986 hier-part may be path-rootless"),
        ["uri IPvFuture host"] = ("document.publisher.namespace", "\"https://user@[v1.x]/\"", null,
            "RFC 3986 IP-literal includes IPvFuture"),
        ["cve with trailing newline"] = ("vulnerabilities[0].cve", "\"CVE-2024-1234\\n\"", "$.vulnerabilities[0].cve",
            "ECMA-262 \"$\" matches only at the end of the input, not before a final newline"),
        ["version with trailing newline"] = ("document.tracking.version", "\"1\\n\"", "$.document.tracking.version",
            "ECMA-262 \"$\" matches only at the end of the input"),
        ["tracking id ending in no-break space"] = ("document.tracking.id", "\"ICSMA\\u00a0\"", "$.document.tracking.id",
            "ECMA-262 \\s includes U+00A0"),
        ["tracking id ending in byte order mark"] = ("document.tracking.id", "\"ICSMA\\ufeff\"", "$.document.tracking.id",
            "ECMA-262 \\s includes U+FEFF"),
        ["tracking id with line separator"] = ("document.tracking.id", "\"a\\u2028b\"", "$.document.tracking.id",
            "ECMA-262 \".\" does not match U+2028"),
        ["category with carriage return"] = ("document.category", "\"a\\rb\"", "$.document.category",
            "ECMA-262 \".\" does not match a carriage return"),
        ["purl with trailing newline"] = (Helper, "{\"purl\":\"pkg:npm/x\\n\"}", "$." + Helper + ".purl",
            "RFC 3986 does not allow a newline in a URI"),
    };

    public static TheoryData<string> AgreeingCases() => new(Agreeing.Keys);

    public static TheoryData<string> DeviatingCases() => new(Deviating.Keys);

    [Theory]
    [MemberData(nameof(AgreeingCases))]
    public void Change_gives_the_expected_error_and_the_official_verdict(string name)
    {
        var (target, json, errorPath) = Agreeing[name];
        var root = Mutated(target, json);

        var ours = CsafSchema.Validate(root);
        var official = CsafOfficialSchema.Strict.Evaluate(root, CsafOfficialSchema.Options);

        if (errorPath is null)
        {
            Assert.True(ours.Count == 0, string.Join("\n", ours));
        }
        else
        {
            var error = Assert.Single(ours);
            Assert.True(error.Test is "schema" or CsafValidationError.AdditionalPropertiesTest, error.Test);
            Assert.Equal(errorPath, error.Path);
        }

        Assert.True(official.IsValid == (ours.Count == 0), "official: " + string.Join("\n", CsafOfficialSchema.Errors(official)));
    }

    [Theory]
    [MemberData(nameof(DeviatingCases))]
    public void Where_JsonSchema_Net_departs_from_the_referenced_standard_we_follow_the_standard(string name)
    {
        var (target, json, errorPath, reason) = Deviating[name];
        var root = Mutated(target, json);

        var ours = CsafSchema.Validate(root);
        var official = CsafOfficialSchema.Strict.Evaluate(root, CsafOfficialSchema.Options);

        Assert.Equal(errorPath, ours.SingleOrDefault()?.Path);
        Assert.True(official.IsValid != (ours.Count == 0), "JsonSchema.Net now agrees; drop this case from the deviations: " + reason);
    }

    private static JsonElement Mutated(string target, string? json)
    {
        var root = JsonNode.Parse(CsafTestData.Bytes(Base))!;
        var steps = target.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var parent = root;
        foreach (var step in steps[..^1])
        {
            parent = step.StartsWith('[') ? parent[int.Parse(step[1..^1], CultureInfo.InvariantCulture)]! : parent[step]!;
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            parent.AsArray()[int.Parse(last[1..^1], CultureInfo.InvariantCulture)] = JsonNode.Parse(json!);
        }
        else if (json is null)
        {
            Assert.True(parent.AsObject().Remove(last), "nothing to remove at " + target);
        }
        else
        {
            parent[last] = JsonNode.Parse(json);
        }

        return JsonSerializer.SerializeToElement(root);
    }
}
