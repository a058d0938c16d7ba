using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>What the product tree defines: the Full Product Names (in branches, full_product_names and relationships), the branches and the Product Groups.</summary>
internal sealed class CsafProductIndex
{
    private CsafProductIndex()
    {
    }

    /// <summary>Every Full Product Name element with its path, in document order.</summary>
    public List<(JsonElement Element, string Path)> FullProductNames { get; } = [];

    /// <summary>Every branch at any depth with its path.</summary>
    public List<(JsonElement Element, string Path)> Branches { get; } = [];

    /// <summary>Every relationship item with its path.</summary>
    public List<(JsonElement Element, string Path)> Relationships { get; } = [];

    /// <summary>Every Product Group item with its path.</summary>
    public List<(JsonElement Element, string Path)> Groups { get; } = [];

    public HashSet<string> ProductIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Group id to member Product IDs (members of all groups with that id).</summary>
    public Dictionary<string, HashSet<string>> GroupMembers { get; } = new(StringComparer.Ordinal);

    public static CsafProductIndex Build(JsonElement document)
    {
        var index = new CsafProductIndex();
        if (CsafJson.Object(document, "product_tree") is not { } tree)
        {
            return index;
        }

        const string TreePath = "$.product_tree";
        index.AddBranches(tree, TreePath, depth: 0);
        foreach (var (item, path) in CsafJson.Items(tree, "full_product_names", TreePath))
        {
            index.AddProduct(item, path);
        }

        foreach (var (item, path) in CsafJson.Items(tree, "relationships", TreePath))
        {
            index.Relationships.Add((item, path));
            if (CsafJson.Object(item, "full_product_name") is { } product)
            {
                index.AddProduct(product, path + ".full_product_name");
            }
        }

        foreach (var (item, path) in CsafJson.Items(tree, "product_groups", TreePath))
        {
            index.Groups.Add((item, path));
            if (CsafJson.String(item, "group_id") is { } groupId)
            {
                if (!index.GroupMembers.TryGetValue(groupId, out var members))
                {
                    members = new HashSet<string>(StringComparer.Ordinal);
                    index.GroupMembers[groupId] = members;
                }

                foreach (var (productId, _) in CsafJson.Strings(item, "product_ids", path))
                {
                    members.Add(productId);
                }
            }
        }

        return index;
    }

    /// <summary>The Product IDs named directly in product_ids and through group_ids of an item (flags, threats, remediations).</summary>
    public HashSet<string> ProductsOf(JsonElement item, string path)
    {
        var products = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (productId, _) in CsafJson.Strings(item, "product_ids", path))
        {
            products.Add(productId);
        }

        foreach (var (groupId, _) in CsafJson.Strings(item, "group_ids", path))
        {
            if (GroupMembers.TryGetValue(groupId, out var members))
            {
                products.UnionWith(members);
            }
        }

        return products;
    }

    private void AddBranches(JsonElement parent, string parentPath, int depth)
    {
        // The schema allows any depth; a bound keeps a hostile document from exhausting the stack.
        if (depth > 64)
        {
            return;
        }

        foreach (var (branch, path) in CsafJson.Items(parent, "branches", parentPath))
        {
            if (branch.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            Branches.Add((branch, path));
            if (CsafJson.Object(branch, "product") is { } product)
            {
                AddProduct(product, path + ".product");
            }

            AddBranches(branch, path, depth + 1);
        }
    }

    private void AddProduct(JsonElement product, string path)
    {
        if (product.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        FullProductNames.Add((product, path));
        if (CsafJson.String(product, "product_id") is { } id)
        {
            ProductIds.Add(id);
        }
    }
}
