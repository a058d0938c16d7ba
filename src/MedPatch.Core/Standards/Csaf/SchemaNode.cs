using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// The few JSON schema keywords the CSAF 2.0 schema and the FIRST CVSS schemas use, as checks on a
/// <see cref="JsonElement"/>. A value of the wrong type gets one error and no further checks, so one mistake in a
/// document gives one error.
/// </summary>
internal abstract class SchemaNode
{
    public const string Test = "schema";

    public abstract void Check(JsonElement value, string path, List<CsafValidationError> errors);

    protected static bool HasType(JsonElement value, JsonValueKind kind, string path, List<CsafValidationError> errors)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        errors.Add(new CsafValidationError(Test, path, $"must be {Describe(kind)}, not {Describe(value.ValueKind)}"));
        return false;
    }

    protected static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a JSON value",
    };
}
