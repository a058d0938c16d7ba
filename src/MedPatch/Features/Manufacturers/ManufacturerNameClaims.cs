using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Manufacturers;

/// <summary>
/// Who already answers to a name. Imports resolve manufacturers through names and aliases after
/// normalisation, so one key may lead to one manufacturer only, or devices would land on the wrong maker.
/// </summary>
internal static class ManufacturerNameClaims
{
    /// <summary>A message naming the manufacturer that holds <paramref name="normalized"/>, other than <paramref name="self"/>; null when free.</summary>
    public static async Task<string?> ConflictAsync(MedPatchDbContext db, string normalized, Guid? self, CancellationToken cancellationToken)
    {
        var byName = await db.Manufacturers.AsNoTracking()
            .Where(m => m.NormalizedName == normalized && m.Id != self)
            .Select(m => m.Name)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (byName is not null)
        {
            return $"is already the name of the manufacturer \"{byName}\".";
        }

        var byAlias = await (
                from a in db.ManufacturerAliases.AsNoTracking()
                join m in db.Manufacturers on a.ManufacturerId equals m.Id
                where a.NormalizedName == normalized && a.ManufacturerId != self
                select new { Alias = a.Name, Manufacturer = m.Name })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return byAlias is null ? null : $"is already an alias (\"{byAlias.Alias}\") of the manufacturer \"{byAlias.Manufacturer}\".";
    }

    /// <summary>Saves, turning a lost race on a unique name index into a validation error instead of a 500.</summary>
    public static async Task<ManufacturerEditResult> SaveAsync(MedPatchDbContext db, Guid id, string field, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return ManufacturerEditResult.Done(id);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ManufacturerEditResult.Invalid(field, "The name was taken by another manufacturer at the same moment; try again.");
        }
    }
}
