using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>
/// The mandatory tests of CSAF 2.0 section 6.1 (6.1.1 to 6.1.33 with the profile tests 6.1.27.1 to 6.1.27.11). They
/// read the raw JSON, treating a missing or wrongly typed member as absent, so documents that fail the schema are
/// checked too.
/// </summary>
public static class CsafMandatoryTests
{
    public static IReadOnlyList<CsafValidationError> Run(JsonElement document)
    {
        var errors = new List<CsafValidationError>();
        if (document.ValueKind != JsonValueKind.Object)
        {
            return errors;
        }

        var index = CsafProductIndex.Build(document);
        ProductTreeTests.Run(document, index, errors);
        VulnerabilityTests.Run(document, index, errors);
        CvssTests.Run(document, errors);
        CweTest.Run(document, errors);
        DocumentTests.Run(document, errors);
        RevisionHistoryTests.Run(document, errors);
        ProfileTests.Run(document, index, errors);
        return errors
            .OrderBy(e => TestOrder(e.Test))
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Orders "6.1.9" before "6.1.10" and "6.1.27.2" before "6.1.27.10".</summary>
    private static string TestOrder(string test) =>
        string.Concat(test.Split('.').Select(p => p.PadLeft(3, '0')));
}
