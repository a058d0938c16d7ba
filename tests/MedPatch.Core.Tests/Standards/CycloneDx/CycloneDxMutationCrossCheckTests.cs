using System.Text.Json;
using System.Text.Json.Nodes;
using MedPatch.Core.Standards.CycloneDx;

namespace MedPatch.Core.Tests.Standards.CycloneDx;

/// <summary>
/// Breaks valid official test files in small ways (an unknown member, a member of the wrong type, a member
/// removed) and checks that our validator and the official schema still agree on every variant. This reaches
/// rules the hand-picked invalid files do not. Parts of the standard the validator checks only for their JSON
/// type (cryptography, evidence, model cards, formulation, attestations …) are not mutated, and our
/// reference-integrity rule (which a schema cannot express) is allowed to be stricter.
/// </summary>
public sealed class CycloneDxMutationCrossCheckTests
{
    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var row in CycloneDxTestData.SpecTestFiles())
        {
            var name = row.Data;
            if (Path.GetFileName(name).StartsWith("valid-", StringComparison.Ordinal))
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Mutated_valid_file_gets_the_same_verdict_as_the_official_schema(string relative)
    {
        var original = JsonNode.Parse(File.ReadAllBytes(SharedData.Require("cyclonedx/spec-tests/" + relative)))!;
        var spec = (string)original["specVersion"]!;
        var schema = CycloneDxSchemaCrossCheckTests.Schema(spec);
        var disagreements = new List<string>();
        foreach (var (description, mutant) in Mutants(original))
        {
            using var document = JsonDocument.Parse(mutant.ToJsonString());
            var official = schema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { RequireFormatValidation = true }).IsValid;
            var ours = CycloneDxValidation.Validate(document.RootElement, CycloneDxTestData.Licenses());
            var oursOnlyReferences = official && ours.All(e => e.Message.Contains("does not name a bom-ref", StringComparison.Ordinal));
            if (official != (ours.Count == 0) && !oursOnlyReferences)
            {
                disagreements.Add($"{description}: schema {(official ? "valid" : "invalid")}, ours {(ours.Count == 0 ? "valid" : string.Join("; ", ours.Take(3)))}");
            }
        }

        Assert.True(disagreements.Count == 0, relative + ":\n" + string.Join("\n", disagreements.Take(30)));
    }

    /// <summary>At most a few mutants per object, so the run stays short even for the large examples.</summary>
    private static IEnumerable<(string Description, JsonNode Mutant)> Mutants(JsonNode original)
    {
        var paths = new List<string>();
        Collect(original, "$", paths);
        foreach (var path in paths)
        {
            var added = original.DeepClone();
            if (Find(added, path) is JsonObject target)
            {
                target["x-unknown-member"] = 1;
                yield return ($"{path} + unknown member", added);
            }

            var original2 = Find(original, path) as JsonObject;
            foreach (var name in original2?.Select(p => p.Key).Where(k => !TypeCheckedOnly.Contains(k)).Take(3).ToList() ?? [])
            {
                var removed = original.DeepClone();
                ((JsonObject)Find(removed, path)!).Remove(name);
                yield return ($"{path} - {name}", removed);

                var retyped = original.DeepClone();
                var owner = (JsonObject)Find(retyped, path)!;
                owner[name] = owner[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? JsonValue.Create(12) : JsonValue.Create("text");
                yield return ($"{path}.{name} retyped", retyped);
            }
        }
    }

    private static readonly HashSet<string> TypeCheckedOnly = new(StringComparer.Ordinal)
    {
        "cryptoProperties", "evidence", "releaseNotes", "modelCard", "data", "formulation", "declarations", "definitions",
        "signature", "patentAssertions", "proofOfConcept", "licensing", "governance",
    };

    private static void Collect(JsonNode? node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                paths.Add(path);
                foreach (var (name, child) in obj)
                {
                    if (!TypeCheckedOnly.Contains(name))
                    {
                        Collect(child, path + "\u0001" + name, paths);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], path + "\u0001#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), paths);
                }

                break;
        }
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in path.Split('\u0001').Skip(1))
        {
            node = step.StartsWith('#') ? node?[int.Parse(step[1..], System.Globalization.CultureInfo.InvariantCulture)] : node?[step];
        }

        return node;
    }
}
