using System.Text.Json;
using MedPatch.Core.Standards.PackageUrls;

namespace MedPatch.Core.Tests.Standards.PackageUrls;

/// <summary>One purl-spec test case (schemas/purl-test.schema-0.2.json): parse, build, validate or roundtrip.</summary>
internal static class PurlSuiteCase
{
    /// <summary>Null when the case passes, else what went wrong.</summary>
    public static string? Run(JsonElement test)
    {
        var kind = test.GetProperty("test_type").GetString();
        var input = test.GetProperty("input");
        var mustFail = test.TryGetProperty("expected_failure", out var f) && f.GetBoolean();
        PackageUrl purl;
        try
        {
            purl = kind switch
            {
                "build" => Build(input),
                _ => PackageUrl.Parse(input.GetString()!),
            };
        }
        catch (PackageUrlException e)
        {
            return mustFail ? null : $"unexpected error: {e.Message}";
        }

        if (mustFail)
        {
            return $"expected a failure, got {purl}";
        }

        var expected = test.GetProperty("expected_output");
        if (kind == "parse")
        {
            var actual = $"{purl.Type}|{purl.Namespace}|{purl.Name}|{purl.Version}|{Qualifiers(purl.Qualifiers)}|{purl.Subpath}";
            var wanted = $"{Str(expected, "type")?.ToLowerInvariant()}|{Str(expected, "namespace")}|{Str(expected, "name")}|{Str(expected, "version")}|{Qualifiers(ReadQualifiers(expected))}|{Str(expected, "subpath")}";
            return actual == wanted ? null : $"parsed {actual}, expected {wanted}";
        }

        var canonical = expected.GetString();
        return purl.ToString() == canonical ? null : $"got {purl}, expected {canonical}";
    }

    private static PackageUrl Build(JsonElement input) => PackageUrl.Create(
        Str(input, "type"), Str(input, "namespace"), Str(input, "name"), Str(input, "version"), ReadQualifiers(input), Str(input, "subpath"));

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<KeyValuePair<string, string?>> ReadQualifiers(JsonElement e) =>
        e.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object
            ? [.. q.EnumerateObject().Select(p => new KeyValuePair<string, string?>(p.Name, p.Value.GetString()))]
            : [];

    private static string Qualifiers(IEnumerable<KeyValuePair<string, string?>> q) =>
        string.Join('&', q.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static string Qualifiers(IReadOnlyDictionary<string, string> q) =>
        Qualifiers(q.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
}
