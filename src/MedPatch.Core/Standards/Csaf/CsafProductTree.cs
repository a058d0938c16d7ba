namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// The product tree (section 3.2.2): products named in branches, as full product names at the top level or as the
/// result of relationships, and groups of products.
/// </summary>
public sealed record CsafProductTree(
    IReadOnlyList<CsafBranch> Branches,
    IReadOnlyList<CsafFullProductName> FullProductNames,
    IReadOnlyList<CsafRelationship> Relationships,
    IReadOnlyList<CsafProductGroup> ProductGroups)
{
    /// <summary>
    /// Every full product name in document order: branch leaves first (each with the branch path from the root),
    /// then the top-level full product names, then the products that relationships define.
    /// </summary>
    public IReadOnlyList<CsafProductEntry> AllProducts()
    {
        var products = new List<CsafProductEntry>();
        var path = new List<CsafBranchStep>();
        foreach (var branch in Branches)
        {
            Collect(branch, path, products);
        }

        foreach (var product in FullProductNames)
        {
            products.Add(new CsafProductEntry(product, [], null));
        }

        foreach (var relationship in Relationships)
        {
            products.Add(new CsafProductEntry(relationship.FullProductName, [], relationship));
        }

        return products;
    }

    /// <summary>The first definition of a product_id (mandatory test 6.1.2 forbids a second one).</summary>
    public CsafProductEntry? FindProduct(string productId)
    {
        return AllProducts().FirstOrDefault(p => string.Equals(p.ProductId, productId, StringComparison.Ordinal));
    }

    /// <summary>
    /// All products by product_id, the first definition winning, for resolving many ids; built on each call, as the
    /// record keeps no state beyond the document.
    /// </summary>
    public IReadOnlyDictionary<string, CsafProductEntry> ProductsById()
    {
        var index = new Dictionary<string, CsafProductEntry>(StringComparer.Ordinal);
        foreach (var product in AllProducts())
        {
            index.TryAdd(product.ProductId, product);
        }

        return index;
    }

    /// <summary>The product_ids of a product group, or an empty list for an unknown group.</summary>
    public IReadOnlyList<string> ProductIdsOfGroup(string groupId)
    {
        return ProductGroups.FirstOrDefault(g => string.Equals(g.GroupId, groupId, StringComparison.Ordinal))?.ProductIds ?? [];
    }

    private static void Collect(CsafBranch branch, List<CsafBranchStep> path, List<CsafProductEntry> products)
    {
        path.Add(new CsafBranchStep(branch.Category, branch.Name));
        if (branch.Product is not null)
        {
            products.Add(new CsafProductEntry(branch.Product, path.ToArray(), null));
        }

        foreach (var child in branch.Branches)
        {
            Collect(child, path, products);
        }

        path.RemoveAt(path.Count - 1);
    }
}
