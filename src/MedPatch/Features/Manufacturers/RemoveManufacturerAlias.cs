using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Manufacturers;

/// <summary>Forgets an alias; the alias is found by its normalised form, so "hillrom inc" removes "Hillrom".</summary>
public sealed class RemoveManufacturerAlias(MedPatchDbContext db, ExposureUpdates exposures)
{
    /// <returns>False when the manufacturer or the alias does not exist.</returns>
    public async Task<bool> ExecuteAsync(Guid id, string alias, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var key = ManufacturerName.Normalize(alias);
        var removed = await db.ManufacturerAliases
            .Where(a => a.ManufacturerId == id && a.NormalizedName == key)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (removed > 0)
        {
            await exposures.AfterCatalogAsync(cancellationToken).ConfigureAwait(false);
        }

        return removed > 0;
    }
}
