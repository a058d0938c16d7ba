using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>CSAF 2.0 test 6.1.11: the CWE of a vulnerability is a well-formed identifier whose name matches the CWE list.</summary>
internal static partial class CweTest
{
    public static void Run(JsonElement document, List<CsafValidationError> errors)
    {
        foreach (var (vulnerability, path) in CsafJson.Vulnerabilities(document))
        {
            if (CsafJson.Member(vulnerability, "cwe") is not { } cwe)
            {
                continue;
            }

            var cwePath = path + ".cwe";
            var id = CsafJson.String(cwe, "id");
            var name = CsafJson.String(cwe, "name");
            if (id is null || !CweId().IsMatch(id))
            {
                errors.Add(new("6.1.11", cwePath + ".id", $"'{id}' is not a CWE identifier of the form CWE-<number>."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new("6.1.11", cwePath + ".name", $"{id} has no name."));
                continue;
            }

            if (CweNames.Known.TryGetValue(id, out var expected) && !string.Equals(Normalise(name), Normalise(expected), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new("6.1.11", cwePath + ".name", $"{id} is named '{expected}' in the CWE list, not '{name}'."));
            }
        }
    }

    private static string Normalise(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // CSAF 2.0 schema, /$defs vulnerabilities cwe id pattern.
    [GeneratedRegex(@"^CWE-[1-9][0-9]{0,5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CweId();
}
