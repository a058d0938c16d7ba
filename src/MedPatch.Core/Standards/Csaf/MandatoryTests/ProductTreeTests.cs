using System.Text.Json;
using MedPatch.Core.Standards.PackageUrls;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>CSAF 2.0 tests 6.1.1 to 6.1.5 (product and group references), 6.1.13 (PURL), 6.1.25 (hash algorithms) and 6.1.31 (version ranges).</summary>
internal static class ProductTreeTests
{
    // Section 6.1.31: a product_version name containing one of these (lower case) gives a range, not a version. The
    // comparison operators count anywhere; the words only as whole words, so "after-eight" or "overall" stay names.
    private static readonly string[] RangeOperators = ["<", ">"];

    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal) { "after", "all", "before", "earlier", "later", "prior", "versions" };

    private static readonly string[] StatusLists =
        ["first_affected", "first_fixed", "fixed", "known_affected", "known_not_affected", "last_affected", "recommended", "under_investigation"];

    public static void Run(JsonElement document, CsafProductIndex index, List<CsafValidationError> errors)
    {
        MissingProductIds(document, index, errors);
        MultipleProductIds(index, errors);
        CircularProductIds(index, errors);
        MissingGroupIds(document, index, errors);
        MultipleGroupIds(index, errors);
        foreach (var (product, path) in index.FullProductNames)
        {
            if (CsafJson.Object(product, "product_identification_helper") is not { } helper)
            {
                continue;
            }

            var helperPath = path + ".product_identification_helper";
            Purl(helper, helperPath, errors);
            HashAlgorithms(helper, helperPath, errors);
        }

        VersionRanges(index, errors);
    }

    /// <summary>Every reference to a Product ID outside a Full Product Name, with its path.</summary>
    internal static IEnumerable<(string Id, string Path)> ProductReferences(JsonElement document, CsafProductIndex index)
    {
        foreach (var (group, path) in index.Groups)
        {
            foreach (var reference in CsafJson.Strings(group, "product_ids", path))
            {
                yield return reference;
            }
        }

        foreach (var (relationship, path) in index.Relationships)
        {
            foreach (var name in new[] { "product_reference", "relates_to_product_reference" })
            {
                if (CsafJson.String(relationship, name) is { } id)
                {
                    yield return (id, path + "." + name);
                }
            }
        }

        foreach (var (vulnerability, path) in CsafJson.Vulnerabilities(document))
        {
            if (CsafJson.Object(vulnerability, "product_status") is { } status)
            {
                foreach (var list in StatusLists)
                {
                    foreach (var reference in CsafJson.Strings(status, list, path + ".product_status"))
                    {
                        yield return reference;
                    }
                }
            }

            foreach (var (section, member) in new[] { ("remediations", "product_ids"), ("scores", "products"), ("threats", "product_ids"), ("flags", "product_ids") })
            {
                foreach (var (item, itemPath) in CsafJson.Items(vulnerability, section, path))
                {
                    foreach (var reference in CsafJson.Strings(item, member, itemPath))
                    {
                        yield return reference;
                    }
                }
            }
        }
    }

    // 6.1.1: the listed paths, and (as the test says of every products_t) the product_ids of flags.
    private static void MissingProductIds(JsonElement document, CsafProductIndex index, List<CsafValidationError> errors)
    {
        foreach (var (id, path) in ProductReferences(document, index))
        {
            if (!index.ProductIds.Contains(id))
            {
                errors.Add(new("6.1.1", path, $"Product ID '{id}' is referenced but no Full Product Name in the product tree defines it."));
            }
        }
    }

    private static void MultipleProductIds(CsafProductIndex index, List<CsafValidationError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (product, path) in index.FullProductNames)
        {
            if (CsafJson.String(product, "product_id") is { } id && !seen.Add(id))
            {
                errors.Add(new("6.1.2", path + ".product_id", $"Product ID '{id}' is defined more than once."));
            }
        }
    }

    private static void CircularProductIds(CsafProductIndex index, List<CsafValidationError> errors)
    {
        // Only relationships build on other products, so only their ids can lie on a cycle.
        var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var defined = new List<(string Id, string Path)>();
        foreach (var (relationship, path) in index.Relationships)
        {
            if (CsafJson.Object(relationship, "full_product_name") is not { } product || CsafJson.String(product, "product_id") is not { } id)
            {
                continue;
            }

            defined.Add((id, path + ".full_product_name.product_id"));
            if (!references.TryGetValue(id, out var targets))
            {
                targets = [];
                references[id] = targets;
            }

            foreach (var name in new[] { "product_reference", "relates_to_product_reference" })
            {
                if (CsafJson.String(relationship, name) is { } target)
                {
                    targets.Add(target);
                }
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, path) in defined)
        {
            if (reported.Contains(id) || !ReachesItself(id, references))
            {
                continue;
            }

            reported.Add(id);
            errors.Add(new("6.1.3", path, $"Product ID '{id}' is defined by a relationship that, followed through its references, refers back to itself."));
        }
    }

    private static bool ReachesItself(string start, Dictionary<string, List<string>> references)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            if (!references.TryGetValue(pending.Pop(), out var targets))
            {
                continue;
            }

            foreach (var target in targets)
            {
                if (string.Equals(target, start, StringComparison.Ordinal))
                {
                    return true;
                }

                if (visited.Add(target))
                {
                    pending.Push(target);
                }
            }
        }

        return false;
    }

    // 6.1.4: remediations and threats as listed, and (as the test says of every product_groups_t) flags.
    private static void MissingGroupIds(JsonElement document, CsafProductIndex index, List<CsafValidationError> errors)
    {
        foreach (var (vulnerability, path) in CsafJson.Vulnerabilities(document))
        {
            foreach (var section in new[] { "remediations", "threats", "flags" })
            {
                foreach (var (item, itemPath) in CsafJson.Items(vulnerability, section, path))
                {
                    foreach (var (groupId, groupPath) in CsafJson.Strings(item, "group_ids", itemPath))
                    {
                        if (!index.GroupMembers.ContainsKey(groupId))
                        {
                            errors.Add(new("6.1.4", groupPath, $"Product Group ID '{groupId}' is referenced but no Product Group in the product tree defines it."));
                        }
                    }
                }
            }
        }
    }

    private static void MultipleGroupIds(CsafProductIndex index, List<CsafValidationError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (group, path) in index.Groups)
        {
            if (CsafJson.String(group, "group_id") is { } id && !seen.Add(id))
            {
                errors.Add(new("6.1.5", path + ".group_id", $"Product Group ID '{id}' is defined more than once."));
            }
        }
    }

    private static void Purl(JsonElement helper, string helperPath, List<CsafValidationError> errors)
    {
        if (CsafJson.Member(helper, "purl") is not { } purl)
        {
            return;
        }

        if (purl.ValueKind != JsonValueKind.String)
        {
            errors.Add(new("6.1.13", helperPath + ".purl", "The PURL is not a string."));
            return;
        }

        if (!PackageUrl.TryParse(purl.GetString(), out _, out var error))
        {
            errors.Add(new("6.1.13", helperPath + ".purl", $"'{purl.GetString()}' is not a valid package URL: {error}"));
        }
    }

    private static void HashAlgorithms(JsonElement helper, string helperPath, List<CsafValidationError> errors)
    {
        foreach (var (hash, hashPath) in CsafJson.Items(helper, "hashes", helperPath))
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (fileHash, fileHashPath) in CsafJson.Items(hash, "file_hashes", hashPath))
            {
                if (CsafJson.String(fileHash, "algorithm") is { } algorithm && !seen.Add(algorithm))
                {
                    errors.Add(new("6.1.25", fileHashPath + ".algorithm", $"Hash algorithm '{algorithm}' is used more than once in the same item of hashes."));
                }
            }
        }
    }

    private static void VersionRanges(CsafProductIndex index, List<CsafValidationError> errors)
    {
        foreach (var (branch, path) in index.Branches)
        {
            if (!string.Equals(CsafJson.String(branch, "category"), "product_version", StringComparison.Ordinal)
                || CsafJson.String(branch, "name") is not { } name)
            {
                continue;
            }

            var lower = name.ToLowerInvariant();
            var marker = RangeOperators.FirstOrDefault(m => lower.Contains(m, StringComparison.Ordinal))
                ?? lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(RangeWords.Contains);
            if (marker is not null)
            {
                errors.Add(new("6.1.31", path + ".name", $"The product_version branch name '{name}' contains '{marker}' and so describes a version range, not a single version."));
            }
        }
    }
}
