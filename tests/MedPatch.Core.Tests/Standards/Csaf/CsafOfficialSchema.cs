using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>
/// The official CSAF 2.0 JSON schema and the FIRST CVSS schemas, read in place from the OASIS test data and built
/// with JsonSchema.Net, to cross-check our in-code schema. The official schema file does not forbid undefined
/// properties; CSAF 2.0 does (section 6.2.20), and the OASIS test suite validates with a strict variant that adds
/// "additionalProperties": false to every object schema and ships strict CVSS schemas. <see cref="Strict"/> derives
/// that variant in memory the same way; <see cref="AsPublished"/> is the files as they are.
/// </summary>
internal static class CsafOfficialSchema
{
    private static readonly Lazy<JsonSchema> StrictSchema = new(() => Build(strict: true));
    private static readonly Lazy<JsonSchema> PublishedSchema = new(() => Build(strict: false));

    public static JsonSchema Strict => StrictSchema.Value;

    public static JsonSchema AsPublished => PublishedSchema.Value;

    public static EvaluationOptions Options => new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static List<string> Errors(EvaluationResults results)
    {
        return results.Details?
            .Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")
            .ToList() ?? [];
    }

    private static JsonSchema Build(bool strict)
    {
        var folder = CsafTestData.Path("oasis-tests/schema");
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };

        // The CSAF schema refers to the CVSS schemas by these URIs; their own ids carry a date query and the v2.0 and
        // v3.0 files are draft-04, which JsonSchema.Net does not build. The keywords they use mean the same in
        // draft-07, so they are read as draft-07 under the URI the CSAF schema uses.
        foreach (var (file, id) in new[]
        {
            ("cvss-v2.0", "https://www.first.org/cvss/cvss-v2.0.json"),
            ("cvss-v3.0", "https://www.first.org/cvss/cvss-v3.0.json"),
            ("cvss-v3.1", "https://www.first.org/cvss/cvss-v3.1.json"),
        })
        {
            var original = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "first", file + (strict ? "_strict" : string.Empty) + ".json")))!.AsObject();

            // JsonSchema.Net takes the base URI from an $id only when it precedes the subschemas, so it goes first.
            var cvss = new JsonObject { ["$schema"] = "http://json-schema.org/draft-07/schema#", ["$id"] = id };
            foreach (var (name, value) in original.ToList())
            {
                if (name is not ("$schema" or "$id" or "id" or "license"))
                {
                    original.Remove(name);
                    cvss[name] = value;
                }
            }

            JsonSchema.Build(JsonSerializer.SerializeToElement(cvss), options);
        }

        var csaf = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "csaf_json_schema.json")))!;
        if (strict)
        {
            ForbidUndefinedProperties(csaf);
        }

        return JsonSchema.Build(JsonSerializer.SerializeToElement(csaf), options);
    }

    private static void ForbidUndefinedProperties(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject && !obj.ContainsKey("additionalProperties"))
                {
                    obj["additionalProperties"] = false;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    ForbidUndefinedProperties(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    ForbidUndefinedProperties(child);
                }

                break;
        }
    }
}
