using MedPatch.Core.Intelligence;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// The manufacturer and product conditions of the advisory and vulnerability lists. Both lists answer them through
/// the affected statements, so a manufacturer means its catalog name or any of its aliases, and a product
/// matches either name a statement carries.
/// </summary>
internal static class StatementFilter
{
    /// <summary>The statements that meet the conditions; null when neither is given, so the caller adds no condition.</summary>
    public static async Task<IQueryable<CatalogAffectedStatement>?> MatchingAsync(
        MedPatchDbContext db, VendorNames vendors, string? manufacturer, string? product, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(manufacturer) && string.IsNullOrWhiteSpace(product))
        {
            return null;
        }

        var statements = db.AffectedStatements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(manufacturer))
        {
            var keys = await vendors.KeysAsync(manufacturer, cancellationToken).ConfigureAwait(false);
            statements = statements.Where(s => s.NormalizedVendor != null && keys.Contains(s.NormalizedVendor));
        }

        if (!string.IsNullOrWhiteSpace(product))
        {
            var text = product.Trim().ToLowerInvariant();
            statements = statements.Where(s =>
                (s.Product != null && s.Product.ToLower().Contains(text)) ||
                (s.ProductName != null && s.ProductName.ToLower().Contains(text)));
        }

        return statements;
    }
}
