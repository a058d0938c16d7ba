using System.Globalization;
using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>type array with items, minItems and uniqueItems.</summary>
internal sealed class ArrayNode : SchemaNode
{
    /// <summary>Settable after construction so that the recursive branches definition can refer to itself.</summary>
    public SchemaNode Items { get; set; } = null!;

    public int MinItems { get; init; } = 1;

    public bool UniqueItems { get; init; }

    public override void Check(JsonElement value, string path, List<CsafValidationError> errors)
    {
        if (!HasType(value, JsonValueKind.Array, path, errors))
        {
            return;
        }

        var length = value.GetArrayLength();
        if (length < MinItems)
        {
            errors.Add(new CsafValidationError(Test, path, MinItems == 1
                ? "must not be an empty array"
                : string.Create(CultureInfo.InvariantCulture, $"must have at least {MinItems} items, has {length}")));
        }

        var index = 0;
        var seen = UniqueItems ? new List<JsonElement>(length) : null;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = CsafJsonPath.Index(path, index);
            Items.Check(item, itemPath, errors);
            if (seen is not null)
            {
                var first = seen.FindIndex(s => JsonElement.DeepEquals(s, item));
                if (first >= 0)
                {
                    errors.Add(new CsafValidationError(Test, itemPath, string.Create(CultureInfo.InvariantCulture,
                        $"repeats item [{first}]; the items of this array must be unique")));
                }

                seen.Add(item);
            }

            index++;
        }
    }
}
