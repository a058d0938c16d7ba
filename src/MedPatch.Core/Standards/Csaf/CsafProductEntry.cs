namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// A product of the product tree with where it was found: the branch path from the root for products in branches
/// (empty otherwise) and the relationship that defines it, if any. The convenience properties read the path, so a
/// product_id resolves to vendor, product and version when the producer used those branch categories.
/// </summary>
public sealed record CsafProductEntry(
    CsafFullProductName Product,
    IReadOnlyList<CsafBranchStep> BranchPath,
    CsafRelationship? Relationship)
{
    public string ProductId => Product.ProductId;

    public string Name => Product.Name;

    public string? Vendor => Innermost(CsafBranchCategory.Vendor);

    public string? ProductFamily => Innermost(CsafBranchCategory.ProductFamily);

    public string? ProductName => Innermost(CsafBranchCategory.ProductName);

    public string? ProductVersion => Innermost(CsafBranchCategory.ProductVersion);

    /// <summary>A version range such as "vers:generic/&lt;4.2" or a legacy free-text range.</summary>
    public string? ProductVersionRange => Innermost(CsafBranchCategory.ProductVersionRange);

    public string? Architecture => Innermost(CsafBranchCategory.Architecture);

    public string? PatchLevel => Innermost(CsafBranchCategory.PatchLevel);

    public string? ServicePack => Innermost(CsafBranchCategory.ServicePack);

    /// <summary>The name of the innermost branch of a category on the path, or null.</summary>
    public string? Innermost(CsafBranchCategory category)
    {
        for (var i = BranchPath.Count - 1; i >= 0; i--)
        {
            if (BranchPath[i].Category == category)
            {
                return BranchPath[i].Name;
            }
        }

        return null;
    }
}
