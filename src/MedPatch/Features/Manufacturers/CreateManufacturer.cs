using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using MedPatch.Features.Exposures;

namespace MedPatch.Features.Manufacturers;

/// <summary>Adds a manufacturer to the catalog with the other names it is written under.</summary>
public sealed class CreateManufacturer(MedPatchDbContext db, ExposureUpdates exposures)
{
    public async Task<ManufacturerEditResult> ExecuteAsync(ManufacturerDetails details, IReadOnlyList<string>? aliases, CancellationToken cancellationToken)
    {
        var errors = ManufacturerRules.DetailErrors(details);
        if (errors.Count > 0)
        {
            return ManufacturerEditResult.Invalid(errors);
        }

        var name = details.Name!.Trim();
        var key = ManufacturerName.Normalize(name);
        if (await ManufacturerNameClaims.ConflictAsync(db, key, null, cancellationToken).ConfigureAwait(false) is { } conflict)
        {
            return ManufacturerEditResult.Invalid("name", $"\"{name}\" {conflict}");
        }

        var manufacturer = new Manufacturer
        {
            Name = name,
            NormalizedName = key,
            PsirtContact = ManufacturerRules.Clean(details.PsirtContact),
            Website = ManufacturerRules.Clean(details.Website),
        };
        var aliasErrors = new List<string>();
        foreach (var alias in aliases ?? [])
        {
            if (ManufacturerRules.NameError(alias, "An alias") is { } aliasError)
            {
                aliasErrors.Add(aliasError);
                continue;
            }

            var aliasName = alias.Trim();
            var aliasKey = ManufacturerName.Normalize(aliasName);
            if (aliasKey == key || manufacturer.Aliases.Any(a => a.NormalizedName == aliasKey))
            {
                // The same manufacturer written twice in one request: nothing to record, nothing to reject.
                continue;
            }

            if (await ManufacturerNameClaims.ConflictAsync(db, aliasKey, null, cancellationToken).ConfigureAwait(false) is { } aliasConflict)
            {
                aliasErrors.Add($"\"{aliasName}\" {aliasConflict}");
                continue;
            }

            manufacturer.Aliases.Add(new ManufacturerAlias { ManufacturerId = manufacturer.Id, Name = aliasName, NormalizedName = aliasKey });
        }

        if (aliasErrors.Count > 0)
        {
            return ManufacturerEditResult.Invalid(new Dictionary<string, string[]> { ["aliases"] = [.. aliasErrors] });
        }

        db.Manufacturers.Add(manufacturer);
        var result = await ManufacturerNameClaims.SaveAsync(db, manufacturer.Id, "name", cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            // Names and aliases decide which manufacturer a statement's vendor is.
            await exposures.AfterCatalogAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
