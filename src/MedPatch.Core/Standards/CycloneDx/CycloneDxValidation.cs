using System.Globalization;
using System.Text.Json;
using MedPatch.Core.Standards.Sbom;
using MedPatch.Core.Standards.Spdx;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>
/// Checks a CycloneDX JSON BOM (spec 1.4 to 1.7) against the rules of the standard: required members, value types,
/// closed value sets, patterns, members the schema does not allow, the license choice rules, and the document-wide
/// rules the specification states in prose (bom-refs are unique; dependency refs name a bom-ref in the BOM).
/// The rules are written from the specification; no schema file is loaded at run time.
/// </summary>
public static class CycloneDxValidation
{
    /// <param name="bom">The parsed document.</param>
    /// <param name="licenses">The SPDX license ids accepted as license.id; without them ids are checked for syntax only.</param>
    public static IReadOnlyList<SbomError> Validate(JsonElement bom, SpdxLicenseList? licenses = null)
    {
        if (bom.ValueKind != JsonValueKind.Object)
        {
            return [new SbomError("$", "a CycloneDX BOM is a JSON object")];
        }

        if (!bom.TryGetProperty("specVersion", out var spec) || spec.ValueKind != JsonValueKind.String)
        {
            return [new SbomError("$.specVersion", "required string is missing")];
        }

        var minor = MinorVersion(spec.GetString()!);
        if (minor is null)
        {
            return [new SbomError("$.specVersion", $"'{spec.GetString()}' is not a CycloneDX version this validator knows (1.4 to 1.7)")];
        }

        var validator = new CycloneDxValidator(minor.Value, licenses);
        validator.ValidateBom(bom);
        return validator.Errors;
    }

    /// <summary>Whether documents of this specVersion are validated (1.4 to 1.7); others are only read.</summary>
    public static bool Supports(string specVersion) => MinorVersion(specVersion) is not null;

    /// <summary>4 for "1.4" … 7 for "1.7"; null for other versions.</summary>
    internal static int? MinorVersion(string specVersion)
    {
        if (specVersion.Length == 3 && specVersion.StartsWith("1.", StringComparison.Ordinal)
            && int.TryParse(specVersion.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && minor is >= CycloneDxVocabulary.FirstMinor and <= CycloneDxVocabulary.LastMinor)
        {
            return minor;
        }

        return null;
    }
}
