using System.Globalization;
using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>type number with minimum and maximum (the CVSS scores).</summary>
internal sealed class NumberNode(decimal minimum, decimal maximum) : SchemaNode
{
    public override void Check(JsonElement value, string path, List<CsafValidationError> errors)
    {
        if (!HasType(value, JsonValueKind.Number, path, errors))
        {
            return;
        }

        var inRange = value.TryGetDecimal(out var number)
            ? number >= minimum && number <= maximum
            : value.GetDouble() >= (double)minimum && value.GetDouble() <= (double)maximum;
        if (!inRange)
        {
            errors.Add(new CsafValidationError(Test, path, string.Create(CultureInfo.InvariantCulture,
                $"{value.GetRawText()} is outside the range {minimum} to {maximum}")));
        }
    }
}
