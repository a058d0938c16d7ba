using System.Text.Json;
using Json.Schema;
using MedPatch.Core.Standards.CycloneDx;

namespace MedPatch.Core.Tests.Standards.CycloneDx;

/// <summary>
/// Compares our validator with the official CycloneDX JSON schemas (evaluated by JsonSchema.Net, read in place) on
/// every spec test file and example BOM of versions 1.5 to 1.7, so any rule we miss or invent shows up here.
/// </summary>
public sealed class CycloneDxSchemaCrossCheckTests
{
    private static readonly Dictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static TheoryData<string> Files()
    {
        var data = CycloneDxTestData.SpecTestFiles();
        foreach (var file in SharedData.FilesOrEmpty("cyclonedx/bom-examples", "*.json").Concat(SharedData.FilesOrEmpty("cyclonedx/medical-device-sbom-case-study", "*.json")))
        {
            // Only versions the shared schemas cover: 1.5 to 1.7.
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            if (document.RootElement.TryGetProperty("specVersion", out var spec) && spec.GetString() is "1.5" or "1.6" or "1.7")
            {
                var marker = file.Replace('\\', '/').IndexOf("/cyclonedx/", StringComparison.Ordinal);
                data.Add("../" + file.Replace('\\', '/')[(marker + "/cyclonedx/".Length)..]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Our_verdict_matches_the_official_schema(string relative)
    {
        var path = SharedData.Require(relative.StartsWith("../", StringComparison.Ordinal) ? "cyclonedx/" + relative[3..] : "cyclonedx/spec-tests/" + relative);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var spec = document.RootElement.TryGetProperty("specVersion", out var v) ? v.GetString() : null;
        Assert.True(spec is "1.5" or "1.6" or "1.7", $"specVersion {spec}: the shared data has schemas for 1.5 to 1.7 only");
        var official = Schema(spec!).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var ours = CycloneDxValidation.Validate(document.RootElement, CycloneDxTestData.Licenses());

        var officialErrors = official.IsValid ? [] : official.Details?.Where(d => !d.IsValid && d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}").ToList() ?? [];
        Assert.True(
            official.IsValid == (ours.Count == 0),
            $"{relative}: schema says {(official.IsValid ? "valid" : "invalid")}, we say {(ours.Count == 0 ? "valid" : "invalid")}\n" +
            "ours:\n" + string.Join("\n", ours.Take(20)) + "\nschema:\n" + string.Join("\n", officialErrors.Take(20)));
    }

    internal static JsonSchema Schema(string version)
    {
        lock (Gate)
        {
            if (!Schemas.TryGetValue(version, out var schema))
            {
                var folder = SharedData.Require("cyclonedx/schema");
                var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
                foreach (var dependency in new[] { "spdx.schema.json", "jsf-0.82.schema.json", "cryptography-defs.schema.json" })
                {
                    JsonSchema.FromFile(Path.Combine(folder, dependency), options);
                }

                schema = JsonSchema.FromFile(Path.Combine(folder, $"bom-{version}.schema.json"), options);
                Schemas[version] = schema;
            }

            return schema;
        }
    }
}
