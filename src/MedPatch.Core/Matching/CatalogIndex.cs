using System.Collections.Concurrent;
using MedPatch.Core.Intelligence.Normalization;

namespace MedPatch.Core.Matching;

/// <summary>
/// The catalog prepared for matching: the manufacturer resolver, one <see cref="ModelIndex"/> per manufacturer
/// and the models by CPE. Vendors, version texts and products are each resolved once and cached (thread-safe),
/// because CVE records and advisory revisions repeat the same vendor, product and range many times.
/// </summary>
public sealed class CatalogIndex
{
    private readonly Dictionary<Guid, ModelIndex> byManufacturer = [];
    private readonly Dictionary<string, List<MatchModel>> byCpe = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StatementVersion> versions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, VendorResolution> vendors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (IReadOnlyList<ModelMatch> Models, string? Unresolved)> products = new(StringComparer.Ordinal);

    public CatalogIndex(MatchCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Manufacturers = new ManufacturerResolver(catalog.Manufacturers);
        Models = catalog.Models.ToDictionary(m => m.Id);
        var modelsByMaker = catalog.Models.ToLookup(m => m.ManufacturerId);
        foreach (var maker in catalog.Manufacturers)
        {
            byManufacturer[maker.Id] = new ModelIndex([.. modelsByMaker[maker.Id]], ModelIndex.BrandWordsOf(maker));
        }

        foreach (var model in catalog.Models)
        {
            foreach (var cpe in model.Cpes)
            {
                if (ComponentKeys.Cpe(cpe) is { } key)
                {
                    if (!byCpe.TryGetValue(key.Key, out var list))
                    {
                        byCpe[key.Key] = list = [];
                    }

                    list.Add(model);
                }
            }
        }
    }

    public ManufacturerResolver Manufacturers { get; }

    public IReadOnlyDictionary<Guid, MatchModel> Models { get; }

    public ResolvedStatement Resolve(MatchStatement s)
    {
        var keys = new List<(string, string?)>();
        if (ComponentKeys.Purl(s.Purl) is { } purl)
        {
            keys.Add(purl);
        }

        if (ComponentKeys.Cpe(s.Cpe) is { } cpe)
        {
            keys.Add(cpe);
        }

        if (ComponentKeys.Name(s.Product) is { } name)
        {
            keys.Add((name, null));
        }

        var version = versions.GetOrAdd(string.Join('\u001f', s.Version, s.VersionRange, s.RawVersion, s.Note), _ => StatementVersion.Read(s));
        var vendor = vendors.GetOrAdd(s.Vendor ?? string.Empty, v => Manufacturers.Resolve(v));
        var productKey = string.Join('\u001f', s.Vendor, s.Product, s.ProductName, s.PlatformName, s.Cpe, version.Words, string.Join('\u001e', s.ModelNumbers), string.Join('\u001e', version.ModelNumbers));
        var (models, unresolved) = products.GetOrAdd(productKey, _ => Compute(s, version, vendor));
        return new ResolvedStatement(s, version, models, vendor, unresolved, keys);
    }

    private (IReadOnlyList<ModelMatch>, string?) Compute(MatchStatement s, StatementVersion version, VendorResolution vendor)
    {
        var models = new Dictionary<Guid, ModelMatch>();
        if (ComponentKeys.Cpe(s.Cpe) is { } cpe && byCpe.TryGetValue(cpe.Key, out var cpeModels))
        {
            foreach (var m in cpeModels)
            {
                models[m.Id] = new ModelMatch(m, MatchConfidence.High, "CPE " + s.Cpe, []);
            }
        }

        var numbers = s.ModelNumbers.Concat(version.ModelNumbers).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var product = s.PlatformName ?? s.Product ?? s.ProductName;
        foreach (var id in vendor.ManufacturerIds)
        {
            if (!byManufacturer.TryGetValue(id, out var index))
            {
                continue;
            }

            var found = index.Resolve(product, numbers);
            if (found.Count == 0 && version.Words is not null)
            {
                // "Point of Care handheld medical devices" with version "Accu-Chek Inform II": the product is in the version text.
                found = [.. index.Resolve(version.Words, numbers).Select(m => m with
                {
                    Confidence = Min(m.Confidence, MatchConfidence.Medium),
                    How = m.How + $" (product named in the version text '{version.Words}')",
                })];
            }

            if (found.Count == 0 && s.ProductName is not null && s.ProductName != product)
            {
                found = [.. index.Resolve(s.ProductName, numbers).Select(m => m with { Confidence = Min(m.Confidence, MatchConfidence.Medium) })];
            }

            foreach (var m in found)
            {
                var adjusted = s.PlatformName is null ? m : m with
                {
                    Confidence = Min(m.Confidence, MatchConfidence.Medium),
                    How = m.How + $" (platform of component '{s.Product}')",
                };
                if (!vendor.IsCertain)
                {
                    adjusted = adjusted with { Confidence = Min(adjusted.Confidence, MatchConfidence.Medium), How = adjusted.How + "; " + vendor.Note };
                }

                if (!models.TryGetValue(m.Model.Id, out var existing) || existing.Confidence < adjusted.Confidence)
                {
                    models[m.Model.Id] = adjusted;
                }
            }
        }

        string? unresolved = null;
        if (models.Count == 0)
        {
            unresolved = !vendor.Found
                ? $"vendor '{s.Vendor?.Trim()}' is not a known manufacturer or alias"
                : $"product '{product?.Trim()}' names no model of {string.Join(", ", vendor.ManufacturerIds.Select(Manufacturers.DisplayName))}";
        }

        return (models.Values.OrderBy(m => m.Model.Id).ToList(), unresolved);
    }

    public static MatchConfidence Min(MatchConfidence a, MatchConfidence b) => a < b ? a : b;

    /// <summary>Statuses that name a model as (possibly) affected, which makes unsupported devices of it "possible".</summary>
    public static bool NamesAffected(AffectedStatus status) => status is AffectedStatus.Affected or AffectedStatus.UnderInvestigation;
}
