using System.Text.Json;
using Json.Schema;
using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>
/// Compares our in-code schema with the official CSAF 2.0 JSON schema and the FIRST CVSS schemas (see
/// <see cref="CsafOfficialSchema"/>) for every CSAF document of the shared data.
/// </summary>
public sealed class CsafSchemaCrossCheckTests
{
    public static TheoryData<string> Documents() => CsafTestData.AllDocuments();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Our_verdict_matches_the_official_schema(string relative)
    {
        using var json = JsonDocument.Parse(CsafTestData.Bytes(relative));

        var official = CsafOfficialSchema.Strict.Evaluate(json.RootElement, CsafOfficialSchema.Options);
        var ours = CsafSchema.Validate(json.RootElement);

        var officialErrors = CsafOfficialSchema.Errors(official);
        Assert.True(
            official.IsValid == (ours.Count == 0),
            $"{relative}: schema says {(official.IsValid ? "valid" : "invalid")}, we say {(ours.Count == 0 ? "valid" : "invalid")}\n"
            + "ours:\n" + string.Join("\n", ours.Take(20)) + "\nschema:\n" + string.Join("\n", officialErrors.Take(20)));
    }

    /// <summary>
    /// The same against the schema files as published: our verdict, leaving out our undefined-property errors,
    /// must match, so every other rule agrees with the official files themselves.
    /// </summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void Apart_from_undefined_properties_our_verdict_matches_the_published_schema(string relative)
    {
        using var json = JsonDocument.Parse(CsafTestData.Bytes(relative));

        var official = CsafOfficialSchema.AsPublished.Evaluate(json.RootElement, CsafOfficialSchema.Options);
        var ours = CsafSchema.Validate(json.RootElement).Where(e => e.Test != CsafValidationError.AdditionalPropertiesTest).ToList();

        Assert.True(
            official.IsValid == (ours.Count == 0),
            $"{relative}: schema says {(official.IsValid ? "valid" : "invalid")}, we say {(ours.Count == 0 ? "valid" : "invalid")}\n"
            + string.Join("\n", ours.Take(20)));
    }
}
