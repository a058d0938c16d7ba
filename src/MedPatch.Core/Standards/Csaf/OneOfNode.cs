using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>oneOf, used by the CSAF schema only for cvss_v3 (CVSS 3.0 or 3.1).</summary>
internal sealed class OneOfNode(params (string Label, SchemaNode Schema)[] choices) : SchemaNode
{
    public override void Check(JsonElement value, string path, List<CsafValidationError> errors)
    {
        var results = choices.Select(c => (c.Label, Errors: Evaluate(c.Schema, value, path))).ToList();
        var passing = results.Count(r => r.Errors.Count == 0);
        if (passing == 1)
        {
            return;
        }

        if (passing > 1)
        {
            errors.Add(new CsafValidationError(Test, path, $"matches more than one of {string.Join(", ", choices.Select(c => c.Label))}; it must match exactly one"));
            return;
        }

        // Report against the alternative the value claims to be (its version), which is the useful message; the
        // alternative whose errors do not include the version enum is that one.
        var claimed = results.Where(r => !r.Errors.Any(e => e.Path.EndsWith(".version", StringComparison.Ordinal))).ToList();
        if (claimed.Count == 1)
        {
            errors.AddRange(claimed[0].Errors);
            return;
        }

        var version = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("version", out var v) ? v.GetRawText() : "missing";
        errors.Add(new CsafValidationError(Test, path, $"matches none of {string.Join(", ", choices.Select(c => c.Label))} (version is {version})"));
    }

    private static List<CsafValidationError> Evaluate(SchemaNode schema, JsonElement value, string path)
    {
        var errors = new List<CsafValidationError>();
        schema.Check(value, path, errors);
        return errors;
    }
}
