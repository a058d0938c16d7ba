using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// Meets advisory vendors with the manufacturer catalog. Statements keep their vendor reduced like a manufacturer
/// name, so a manufacturer matches every statement written under its name or any of its aliases ("Hillrom" for
/// Baxter); a name the catalog does not know still matches vendors written the same way.
/// </summary>
public sealed class VendorNames(MedPatchDbContext db)
{
    /// <summary>
    /// "n/a" and the like: CVE records name no vendor this way (CVE JSON 5 allows it for unknown vendors), so lists
    /// leave them out rather than show them as a manufacturer.
    /// </summary>
    public static bool IsPlaceholder(string? vendor) =>
        string.IsNullOrWhiteSpace(vendor) || vendor.Trim() is "n/a" or "N/A" or "unknown" or "Unknown" or "-";

    /// <summary>The normalized vendor names that mean this manufacturer.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(string manufacturer, CancellationToken cancellationToken)
    {
        var key = ManufacturerName.Normalize(manufacturer);
        var id = await db.Manufacturers.AsNoTracking().Where(m => m.NormalizedName == key).Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? await db.ManufacturerAliases.AsNoTracking().Where(a => a.NormalizedName == key).Select(a => (Guid?)a.ManufacturerId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (id is not { } manufacturerId)
        {
            return [key];
        }

        var names = await db.Manufacturers.AsNoTracking().Where(m => m.Id == manufacturerId).Select(m => m.NormalizedName)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        names.AddRange(await db.ManufacturerAliases.AsNoTracking().Where(a => a.ManufacturerId == manufacturerId).Select(a => a.NormalizedName)
            .ToListAsync(cancellationToken).ConfigureAwait(false));
        return names.Append(key).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The catalog's name for each normalized vendor that a manufacturer or alias carries, so lists show
    /// "Philips" once even when advisories wrote "Philips", "Koninklijke Philips N.V." and "Phillips".
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> CatalogNamesAsync(IEnumerable<string> normalizedVendors, CancellationToken cancellationToken)
    {
        var keys = normalizedVendors.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var direct = await db.Manufacturers.AsNoTracking().Where(m => keys.Contains(m.NormalizedName))
            .Select(m => new { m.NormalizedName, m.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var aliased = await (
                from a in db.ManufacturerAliases.AsNoTracking()
                join m in db.Manufacturers.AsNoTracking() on a.ManufacturerId equals m.Id
                where keys.Contains(a.NormalizedName)
                select new { a.NormalizedName, m.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in aliased.Concat(direct))
        {
            names[row.NormalizedName] = row.Name;
        }

        return names;
    }
}
