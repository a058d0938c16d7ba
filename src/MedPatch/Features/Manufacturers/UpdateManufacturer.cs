using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Manufacturers;

/// <summary>Changes a manufacturer's name, PSIRT contact and website.</summary>
public sealed class UpdateManufacturer(MedPatchDbContext db, ExposureUpdates exposures)
{
    public async Task<ManufacturerEditResult> ExecuteAsync(Guid id, ManufacturerDetails details, CancellationToken cancellationToken)
    {
        var manufacturer = await db.Manufacturers.Include(m => m.Aliases)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (manufacturer is null)
        {
            return ManufacturerEditResult.NotFound;
        }

        var errors = ManufacturerRules.DetailErrors(details);
        if (errors.Count > 0)
        {
            return ManufacturerEditResult.Invalid(errors);
        }

        var name = details.Name!.Trim();
        var key = ManufacturerName.Normalize(name);
        if (await ManufacturerNameClaims.ConflictAsync(db, key, id, cancellationToken).ConfigureAwait(false) is { } conflict)
        {
            return ManufacturerEditResult.Invalid("name", $"\"{name}\" {conflict}");
        }

        // Renaming to one of its own aliases makes that alias redundant: the name now matches on its own.
        manufacturer.Aliases.RemoveAll(a => a.NormalizedName == key);
        manufacturer.Name = name;
        manufacturer.NormalizedName = key;
        manufacturer.PsirtContact = ManufacturerRules.Clean(details.PsirtContact);
        manufacturer.Website = ManufacturerRules.Clean(details.Website);
        var result = await ManufacturerNameClaims.SaveAsync(db, id, "name", cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            // Names and aliases decide which manufacturer a statement's vendor is.
            await exposures.AfterCatalogAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
