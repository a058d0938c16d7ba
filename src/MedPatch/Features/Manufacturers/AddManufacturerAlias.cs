using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Manufacturers;

/// <summary>Records another name a manufacturer is written under, so imports and advisories resolve to it.</summary>
public sealed class AddManufacturerAlias(MedPatchDbContext db, ExposureUpdates exposures)
{
    public async Task<ManufacturerEditResult> ExecuteAsync(Guid id, string? alias, CancellationToken cancellationToken)
    {
        var manufacturer = await db.Manufacturers.Include(m => m.Aliases)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (manufacturer is null)
        {
            return ManufacturerEditResult.NotFound;
        }

        if (ManufacturerRules.NameError(alias, "Alias") is { } error)
        {
            return ManufacturerEditResult.Invalid("name", error);
        }

        var name = alias!.Trim();
        var key = ManufacturerName.Normalize(name);
        if (key == manufacturer.NormalizedName)
        {
            return ManufacturerEditResult.Invalid("name", $"\"{name}\" already matches the name \"{manufacturer.Name}\"; no alias is needed.");
        }

        if (manufacturer.Aliases.Find(a => a.NormalizedName == key) is { } existing)
        {
            return ManufacturerEditResult.Invalid("name", $"\"{name}\" is already an alias (\"{existing.Name}\") of this manufacturer.");
        }

        if (await ManufacturerNameClaims.ConflictAsync(db, key, id, cancellationToken).ConfigureAwait(false) is { } conflict)
        {
            return ManufacturerEditResult.Invalid("name", $"\"{name}\" {conflict}");
        }

        db.ManufacturerAliases.Add(new ManufacturerAlias { ManufacturerId = id, Name = name, NormalizedName = key });
        var result = await ManufacturerNameClaims.SaveAsync(db, id, "name", cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            // Names and aliases decide which manufacturer a statement's vendor is.
            await exposures.AfterCatalogAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
