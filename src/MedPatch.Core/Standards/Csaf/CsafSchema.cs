using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// Conformance to the CSAF 2.0 JSON schema (section 3 of the standard) and the FIRST CVSS v2.0, v3.0 and v3.1 JSON
/// schemas it references, written out in code so the product ships no schema files. Like the strict schema the
/// OASIS test suite validates with, every object rejects properties the schema does not define.
/// </summary>
public static class CsafSchema
{
    private static readonly ObjectNode Root = CsafSchemaDefinition.Build();

    public static IReadOnlyList<CsafValidationError> Validate(JsonElement root)
    {
        var errors = new List<CsafValidationError>();
        Root.Check(root, "$", errors);
        return errors;
    }
}
