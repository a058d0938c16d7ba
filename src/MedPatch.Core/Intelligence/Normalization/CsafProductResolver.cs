using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// Resolves product_ids and group_ids of one CSAF document to what a statement needs: vendor, product and version
/// from the branch path, identification helpers, and for relationship products both the component and the
/// platform it is part of or installed on.
/// </summary>
internal sealed class CsafProductResolver
{
    private readonly Dictionary<string, CsafProductEntry> products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> groups = new(StringComparer.Ordinal);

    public CsafProductResolver(CsafDocument document)
    {
        foreach (var entry in document.AllProducts())
        {
            products.TryAdd(entry.ProductId, entry);
        }

        foreach (var group in document.ProductTree?.ProductGroups ?? [])
        {
            groups.TryAdd(group.GroupId, group.ProductIds);
        }
    }

    /// <summary>The product_ids named directly and through groups, each once, in the order written.</summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> productIds, IEnumerable<string> groupIds)
    {
        var ids = productIds.Concat(groupIds.SelectMany(g => groups.GetValueOrDefault(g) ?? []));
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    public AffectedStatement Statement(string cveId, string productId, AffectedStatus status, string? justification, string? impact)
    {
        if (!products.TryGetValue(productId, out var entry))
        {
            return new AffectedStatement(
                cveId, productId, null, null, null, null, null, null, [], null, null, status, justification, impact,
                "product_id is not defined in the product tree", null);
        }

        var relationship = entry.Relationship;
        var component = relationship is null ? entry : products.GetValueOrDefault(relationship.ProductReference);
        var platform = relationship is null ? null : products.GetValueOrDefault(relationship.RelatesToProductReference);
        var described = component ?? entry;
        var (version, range, raw, note) = Version(described);
        var helper = entry.Product.ProductIdentificationHelper ?? component?.Product.ProductIdentificationHelper;
        var notes = new List<string?> { note };
        if (relationship is not null && component is null)
        {
            notes.Add($"relationship component '{relationship.ProductReference}' is not defined in the product tree");
        }

        return new AffectedStatement(
            cveId,
            productId,
            described.Vendor,
            ProductOf(described),
            entry.Name,
            version,
            range,
            raw,
            helper?.ModelNumbers ?? [],
            helper?.Cpe,
            helper?.Purl,
            status,
            justification,
            impact,
            CveAffectedStatements.Join([.. notes]),
            relationship is null
                ? null
                : new ProductRelationship(
                    CsafEnumNames.ToJson(relationship.Category),
                    relationship.ProductReference,
                    component?.Name,
                    relationship.RelatesToProductReference,
                    platform?.Name));
    }

    /// <summary>The product name branch, else the family, else (no such branch) the full product name.</summary>
    private static string ProductOf(CsafProductEntry entry) => entry.ProductName ?? entry.ProductFamily ?? entry.Name;

    private static (string? Version, string? Range, string? Raw, string? Note) Version(CsafProductEntry entry)
    {
        // The innermost of the two version categories on the path is the one that names this product.
        var exactDepth = Depth(entry, CsafBranchCategory.ProductVersion);
        var rangeDepth = Depth(entry, CsafBranchCategory.ProductVersionRange);
        if (rangeDepth > exactDepth)
        {
            var raw = entry.ProductVersionRange!;
            var converted = VersionRangeConverter.Convert(raw);
            return converted.Vers is not null
                ? (null, converted.Vers, raw, converted.Note)
                : (null, raw, raw, "version range kept as written: " + converted.Note);
        }

        if (exactDepth >= 0)
        {
            var raw = entry.ProductVersion!;
            var (exact, vers, note) = ExactVersionText.Read(raw);
            return (exact, vers, raw, note is null ? null : "product_version: " + note);
        }

        return (null, null, null, null);
    }

    private static int Depth(CsafProductEntry entry, CsafBranchCategory category)
    {
        for (var i = entry.BranchPath.Count - 1; i >= 0; i--)
        {
            if (entry.BranchPath[i].Category == category)
            {
                return i;
            }
        }

        return -1;
    }
}
