namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// One finding against a CSAF 2.0 document: <paramref name="Test"/> is the test of the standard that failed
/// ("schema" for JSON schema conformance, "6.1.1" … "6.1.33" for the mandatory tests), <paramref name="Path"/> the
/// JSON path of the offending value (for example <c>$.product_tree.branches[0].product.product_id</c>).
/// </summary>
public sealed record CsafValidationError(string Test, string Path, string Message);
