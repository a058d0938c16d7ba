namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// One finding against a CSAF 2.0 document: <paramref name="Test"/> is the test of the standard that failed
/// ("schema" for JSON schema conformance, "6.1.1" … "6.1.33" for the mandatory tests), <paramref name="Path"/> the
/// JSON path of the offending value (for example <c>$.product_tree.branches[0].product.product_id</c>).
/// </summary>
public sealed record CsafValidationError(string Test, string Path, string Message)
{
    /// <summary>Optional test 6.2.20: a property the schema does not define.</summary>
    public const string AdditionalPropertiesTest = "6.2.20";

    /// <summary>
    /// Findings of the optional (6.2) and informative (6.3) tests are warnings: a document with them is still a
    /// valid CSAF document.
    /// </summary>
    public bool IsWarning => Test.StartsWith("6.2.", StringComparison.Ordinal) || Test.StartsWith("6.3.", StringComparison.Ordinal);
}
