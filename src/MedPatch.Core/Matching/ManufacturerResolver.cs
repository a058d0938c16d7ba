using MedPatch.Core.Manufacturers;

namespace MedPatch.Core.Matching;

/// <summary>
/// Finds the manufacturers a vendor text names. In order: the whole text reduced by
/// <see cref="ManufacturerName.Normalize"/> against names and aliases; the text without and then inside a
/// parenthesised short name ("Becton, Dickinson and Company (BD)"); each party of a multi-party text split at
/// commas, "and" and "&amp;" ("Hillrom and ELI, Baxter International Inc."); and last a single-letter spelling
/// variant of one known name ("Phillips"), which is flagged as uncertain. Renamings and families (Hillrom and Welch
/// Allyn now Baxter) are aliases in the catalog, never guessed here.
/// </summary>
public sealed class ManufacturerResolver
{
    private readonly Dictionary<string, List<Guid>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, string> displayNames = [];

    public ManufacturerResolver(IEnumerable<MatchManufacturer> manufacturers)
    {
        ArgumentNullException.ThrowIfNull(manufacturers);
        foreach (var m in manufacturers)
        {
            displayNames[m.Id] = m.Name;
            foreach (var name in m.Aliases.Prepend(m.Name))
            {
                var key = ManufacturerName.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byName.TryGetValue(key, out var ids))
                {
                    byName[key] = ids = [];
                }

                if (!ids.Contains(m.Id))
                {
                    ids.Add(m.Id);
                }
            }
        }
    }

    public string DisplayName(Guid manufacturerId) => displayNames.GetValueOrDefault(manufacturerId) ?? manufacturerId.ToString();

    public VendorResolution Resolve(string? vendor)
    {
        if (string.IsNullOrWhiteSpace(vendor))
        {
            return VendorResolution.None;
        }

        if (Lookup(vendor) is { } whole)
        {
            return new(whole, null, true);
        }

        var open = vendor.IndexOf('(', StringComparison.Ordinal);
        var close = vendor.LastIndexOf(')');
        if (open > 0 && close > open)
        {
            var outside = vendor[..open] + vendor[(close + 1)..];
            var inside = vendor[(open + 1)..close];
            if ((Lookup(outside) ?? Lookup(inside)) is { } found)
            {
                return new(found, null, true);
            }
        }

        var parties = SplitParties(vendor);
        if (parties.Count > 1)
        {
            var ids = parties.Select(Lookup).OfType<List<Guid>>().SelectMany(x => x).Distinct().ToList();
            if (ids.Count > 0)
            {
                return new(ids, null, true);
            }
        }

        return SpellingVariant(vendor);
    }

    private List<Guid>? Lookup(string text)
    {
        var key = ManufacturerName.Normalize(text);
        return key.Length > 0 && byName.TryGetValue(key, out var ids) ? ids : null;
    }

    private static List<string> SplitParties(string vendor)
    {
        var parts = new List<string>();
        foreach (var comma in vendor.Split([',', ';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            parts.AddRange(comma.Split([" and ", " & ", " AND ", " And "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return parts.Select(p => p.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? p[4..] : p).ToList();
    }

    /// <summary>
    /// One inserted, deleted or changed letter against exactly one known name of seven letters or more: long
    /// enough that two real makers rarely sit one letter apart, and a typo is the likelier story.
    /// </summary>
    private VendorResolution SpellingVariant(string vendor)
    {
        var key = ManufacturerName.Normalize(vendor);
        if (key.Length < 7)
        {
            return VendorResolution.None;
        }

        var hits = byName.Where(kv => kv.Key.Length >= 7 && WithinOneEdit(key, kv.Key)).ToList();
        var ids = hits.SelectMany(h => h.Value).Distinct().ToList();
        return ids.Count == 1
            ? new(ids, $"vendor '{vendor.Trim()}' read as '{DisplayName(ids[0])}' (spelling variant)", false)
            : VendorResolution.None;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a.AsSpan(Math.Min(i + 1, a.Length)).SequenceEqual(b.AsSpan(Math.Min(i + 1, b.Length)));
        }

        return a.Length > b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i))
            : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
