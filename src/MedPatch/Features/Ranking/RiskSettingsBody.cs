using System.Text.Json;

namespace MedPatch.Features.Ranking;

/// <summary>
/// Reads a full or partial JSON body (<c>{"weights": {"kev": 30}, "epss_poc_threshold": 0.2}</c>) into setting
/// name → text, the form the command line and the page also produce, so all three share one parser and one set of
/// error messages.
/// </summary>
public static class RiskSettingsBody
{
    /// <summary>The changes the body asks for, or the problems of its shape keyed by field.</summary>
    public static (List<KeyValuePair<string, string?>> Changes, Dictionary<string, string[]> Errors) Read(JsonElement body)
    {
        var changes = new List<KeyValuePair<string, string?>>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["must be a JSON object of risk settings"];
            return (changes, errors);
        }

        foreach (var property in body.EnumerateObject())
        {
            if (property.NameEquals(RiskSettingFields.Weights))
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    errors[RiskSettingFields.Weights] = ["must be an object of criterion: weight"];
                    continue;
                }

                foreach (var weight in property.Value.EnumerateObject())
                {
                    // The total is derived; a client that sends back what GET returned must not be refused for it.
                    if (!weight.NameEquals("total"))
                    {
                        Add(RiskSettingFields.WeightsPrefix + weight.Name, weight.Value, changes, errors);
                    }
                }
            }
            else
            {
                Add(property.Name, property.Value, changes, errors);
            }
        }

        return (changes, errors);
    }

    private static void Add(string name, JsonElement value, List<KeyValuePair<string, string?>> changes, Dictionary<string, string[]> errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                changes.Add(new(name, value.GetRawText()));
                break;
            case JsonValueKind.String:
                changes.Add(new(name, value.GetString()));
                break;
            case JsonValueKind.Null:
                changes.Add(new(name, null));
                break;
            default:
                errors[name] = ["must be a number or a word"];
                break;
        }
    }
}
