using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedPatch.Core.Standards.Sbom;
using MedPatch.Core.Standards.Spdx;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>
/// The state of one validation run: the spec minor version, the errors so far and the bom-refs seen. The
/// definition-by-definition checks live in the other parts of this class; this part holds the typed member checks
/// every definition uses.
/// </summary>
internal sealed partial class CycloneDxValidator(int minor, SpdxLicenseList? licenses)
{
    private readonly List<SbomError> _errors = [];
    private readonly Dictionary<string, string> _bomRefs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _formulationRefs = new(StringComparer.Ordinal);
    private readonly List<(string Path, string Ref)> _dependencyRefs = [];

    public int Minor { get; } = minor;

    public IReadOnlyList<SbomError> Errors => _errors;

    private void Error(string path, string message) => _errors.Add(new SbomError(path, message));

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Checks that <paramref name="value"/> is an object with the required members and no others.</summary>
    private bool Object(JsonElement value, string path, FrozenSet<string>? allowed, params string[] required)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"expected an object but found {Kind(value)}");
            return false;
        }

        foreach (var name in required)
        {
            if (!value.TryGetProperty(name, out _))
            {
                Error(path, $"required member '{name}' is missing");
            }
        }

        if (allowed is not null)
        {
            foreach (var member in value.EnumerateObject())
            {
                if (!allowed.Contains(member.Name))
                {
                    Error(JsonPaths.Member(path, member.Name), $"member '{member.Name}' is not defined here in CycloneDX 1.{Minor}");
                }
            }
        }

        return true;
    }

    private static bool Has(JsonElement owner, string name, out JsonElement value) => owner.TryGetProperty(name, out value);

    private string? String(JsonElement owner, string name, string path, int minLength = 0)
    {
        if (!Has(owner, name, out var value))
        {
            return null;
        }

        var at = JsonPaths.Member(path, name);
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(at, $"expected a string but found {Kind(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length < minLength)
        {
            Error(at, minLength == 1 ? "must not be empty" : $"must be at least {minLength} characters");
        }

        return text;
    }

    private void Enum(JsonElement owner, string name, string path, FrozenSet<string> values)
    {
        if (String(owner, name, path) is { } text && !values.Contains(text))
        {
            Error(JsonPaths.Member(path, name), $"'{text}' is not one of: {string.Join(", ", values.Order(StringComparer.Ordinal))}");
        }
    }

    private void Pattern(JsonElement owner, string name, string path, Regex pattern, string what)
    {
        if (String(owner, name, path) is { } text && !pattern.IsMatch(text))
        {
            Error(JsonPaths.Member(path, name), $"'{Shorten(text)}' is not {what}");
        }
    }

    private void Boolean(JsonElement owner, string name, string path)
    {
        if (Has(owner, name, out var value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(JsonPaths.Member(path, name), $"expected a boolean but found {Kind(value)}");
        }
    }

    private void Number(JsonElement owner, string name, string path)
    {
        if (Has(owner, name, out var value) && value.ValueKind != JsonValueKind.Number)
        {
            Error(JsonPaths.Member(path, name), $"expected a number but found {Kind(value)}");
        }
    }

    private void Integer(JsonElement value, string path, long minimum)
    {
        if (value.ValueKind != JsonValueKind.Number || !IsInteger(value, out var number))
        {
            Error(path, $"expected an integer but found {Kind(value)}");
        }
        else if (number < minimum)
        {
            Error(path, string.Create(CultureInfo.InvariantCulture, $"must be at least {minimum}"));
        }
    }

    private void Integer(JsonElement owner, string name, string path, long minimum)
    {
        if (Has(owner, name, out var value))
        {
            Integer(value, JsonPaths.Member(path, name), minimum);
        }
    }

    private static bool IsInteger(JsonElement value, out decimal number)
    {
        number = 0;
        return value.TryGetDecimal(out number) && decimal.Truncate(number) == number;
    }

    private void DateTime(JsonElement owner, string name, string path)
    {
        if (String(owner, name, path) is { } text && !IsDateTime(text))
        {
            Error(JsonPaths.Member(path, name), $"'{Shorten(text)}' is not an RFC 3339 date-time (e.g. 2024-05-01T12:00:00Z)");
        }
    }

    internal static bool IsDateTime(string text) =>
        DateTimeRule().IsMatch(text)
        && DateTimeOffset.TryParse(text.Replace('t', 'T').Replace('z', 'Z'), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);

    /// <summary>Checks an array member; <paramref name="item"/> checks each element with its path.</summary>
    private void Array(JsonElement owner, string name, string path, Action<JsonElement, string>? item, bool unique = false, int minItems = 0)
    {
        if (!Has(owner, name, out var value))
        {
            return;
        }

        Array(value, JsonPaths.Member(path, name), item, unique, minItems);
    }

    private void Array(JsonElement value, string at, Action<JsonElement, string>? item, bool unique = false, int minItems = 0)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(at, $"expected an array but found {Kind(value)}");
            return;
        }

        var length = value.GetArrayLength();
        if (length < minItems)
        {
            Error(at, string.Create(CultureInfo.InvariantCulture, $"must have at least {minItems} item(s)"));
        }

        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            item?.Invoke(element, JsonPaths.Item(at, index));
            index++;
        }

        if (unique && length > 1)
        {
            var items = value.EnumerateArray().ToList();
            for (var i = 1; i < items.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (JsonElement.DeepEquals(items[i], items[j]))
                    {
                        Error(JsonPaths.Item(at, i), string.Create(CultureInfo.InvariantCulture, $"duplicates item {j}; items must be unique"));
                        break;
                    }
                }
            }
        }
    }

    private void StringItem(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(path, $"expected a string but found {Kind(value)}");
        }
    }

    private void StringArray(JsonElement owner, string name, string path, bool unique = false) => Array(owner, name, path, StringItem, unique);

    /// <summary>For parts of the standard checked only for their JSON type (model cards, cryptography, formulation …).</summary>
    private void ObjectMember(JsonElement owner, string name, string path)
    {
        if (Has(owner, name, out var value) && value.ValueKind != JsonValueKind.Object)
        {
            Error(JsonPaths.Member(path, name), $"expected an object but found {Kind(value)}");
        }
    }

    private void ArrayMember(JsonElement owner, string name, string path)
    {
        if (Has(owner, name, out var value) && value.ValueKind != JsonValueKind.Array)
        {
            Error(JsonPaths.Member(path, name), $"expected an array but found {Kind(value)}");
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeRule();
}
