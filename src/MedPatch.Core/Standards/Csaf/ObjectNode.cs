using System.Globalization;
using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// type object with properties, required, minProperties and maxProperties. A property the schema does not define
/// is reported under optional test 6.2.20 (additional properties): the published CSAF 2.0 schema allows it, so it
/// is a warning that leaves the document valid, while the strict schema of the OASIS test suite rejects it.
/// </summary>
internal sealed class ObjectNode : SchemaNode
{
    private readonly Dictionary<string, SchemaNode> _properties = new(StringComparer.Ordinal);

    public ObjectNode(params (string Name, SchemaNode Schema)[] properties)
    {
        foreach (var (name, schema) in properties)
        {
            _properties.Add(name, schema);
        }
    }

    public IReadOnlyList<string> Required { get; init; } = [];

    public int MinProperties { get; init; }

    public int MaxProperties { get; init; } = int.MaxValue;

    /// <summary>The message when minProperties or maxProperties fail, saying what the count means.</summary>
    public string? CountMeaning { get; init; }

    public override void Check(JsonElement value, string path, List<CsafValidationError> errors)
    {
        if (!HasType(value, JsonValueKind.Object, path, errors))
        {
            return;
        }

        foreach (var name in Required)
        {
            if (!value.TryGetProperty(name, out _))
            {
                errors.Add(new CsafValidationError(Test, CsafJsonPath.Property(path, name), "required property is missing"));
            }
        }

        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            count++;
            var propertyPath = CsafJsonPath.Property(path, property.Name);
            if (_properties.TryGetValue(property.Name, out var schema))
            {
                schema.Check(property.Value, propertyPath, errors);
            }
            else
            {
                errors.Add(new CsafValidationError(CsafValidationError.AdditionalPropertiesTest, propertyPath,
                    $"property \"{property.Name}\" is not defined here; allowed are {string.Join(", ", _properties.Keys)}"));
            }
        }

        if (count < MinProperties || count > MaxProperties)
        {
            errors.Add(new CsafValidationError(Test, path, CountMeaning ?? string.Create(CultureInfo.InvariantCulture,
                $"must have at least {MinProperties} properties, has {count}")));
        }
    }
}
