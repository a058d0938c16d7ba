namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// A CSAF 2.0 document (OASIS CSAF 2.0, section 3): the document metadata, the optional product tree and the
/// vulnerabilities (empty when the document has none, as informational advisories may).
/// </summary>
public sealed record CsafDocument(
    CsafDocumentMetadata Document,
    CsafProductTree? ProductTree,
    IReadOnlyList<CsafVulnerability> Vulnerabilities)
{
    /// <summary>Every product of the product tree with its branch path; empty without a product tree.</summary>
    public IReadOnlyList<CsafProductEntry> AllProducts() => ProductTree?.AllProducts() ?? [];

    /// <summary>The product a product_id names, or null when the product tree does not define it.</summary>
    public CsafProductEntry? FindProduct(string productId) => ProductTree?.FindProduct(productId);
}
