using MedPatch.Data;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Models;

/// <summary>
/// Records a model's support lifecycle and patch policy. The API and the model page both call this, so the
/// rules below are the only ones.
/// </summary>
public sealed class UpdateModel(MedPatchDbContext db, ExposureUpdates exposures)
{
    // A week: longer "installs" are projects (a replacement), not a patch; larger numbers are typos.
    public const int MaxInstallMinutes = 7 * 24 * 60;

    public const int MaxModelNumbers = 50;

    // Column limits of device_models; a longer value would fail in the database instead of next to the field.
    private const int MaxDeviceType = 100;
    private const int MaxClinicalFunction = 200;
    private const int MaxModelNumber = 100;

    public async Task<UpdateModelResult> ExecuteAsync(Guid id, ModelChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var model = await db.DeviceModels.FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return UpdateModelResult.NotFound;
        }

        var modelNumbers = CleanModelNumbers(changes.ModelNumbers);
        var errors = Validate(changes);
        if (errors.Count > 0)
        {
            return UpdateModelResult.Invalid(errors);
        }

        model.EndOfSale = changes.EndOfSale;
        model.EndOfSupport = changes.EndOfSupport;
        model.DeviceType = Clean(changes.DeviceType);
        model.ClinicalFunction = Clean(changes.ClinicalFunction);
        model.ModelNumbers = modelNumbers;
        model.PatchPolicy.RemotePushPossible = changes.RemotePushPossible;
        model.PatchPolicy.CustomerMayInstall = changes.CustomerMayInstall;
        model.PatchPolicy.ManufacturerMustInstall = changes.ManufacturerMustInstall;
        model.TypicalInstallMinutes = changes.TypicalInstallMinutes;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // Model numbers decide which statements name the model, support dates which devices count as unsupported.
        await exposures.AfterModelAsync(id, cancellationToken).ConfigureAwait(false);
        return UpdateModelResult.Updated;
    }

    /// <summary>Trimmed, blanks dropped, duplicates (ignoring case) dropped, first spelling kept.</summary>
    public static List<string> CleanModelNumbers(IEnumerable<string?>? numbers) =>
        (numbers ?? []).Select(n => n?.Trim()).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The rules, without saving; a form that failed to parse some fields still shows the rest.</summary>
    public static Dictionary<string, string[]> Validate(ModelChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var modelNumbers = CleanModelNumbers(changes.ModelNumbers);
        var errors = new Dictionary<string, string[]>();
        if (changes.EndOfSale is { } sale && changes.EndOfSupport is { } support && support < sale)
        {
            errors["end_of_support"] = ["End of support cannot be before end of sale."];
        }

        if (Clean(changes.DeviceType)?.Length > MaxDeviceType)
        {
            errors["device_type"] = [$"Device type is limited to {MaxDeviceType} characters."];
        }

        if (Clean(changes.ClinicalFunction)?.Length > MaxClinicalFunction)
        {
            errors["clinical_function"] = [$"Clinical function is limited to {MaxClinicalFunction} characters."];
        }

        if (modelNumbers.Count > MaxModelNumbers)
        {
            errors["model_numbers"] = [$"At most {MaxModelNumbers} model numbers."];
        }
        else if (modelNumbers.Any(n => n.Length > MaxModelNumber))
        {
            errors["model_numbers"] = [$"A model number is limited to {MaxModelNumber} characters."];
        }

        if (changes.TypicalInstallMinutes is { } minutes && (minutes < 1 || minutes > MaxInstallMinutes))
        {
            errors["typical_install_minutes"] = [$"Typical install time must be between 1 and {MaxInstallMinutes} minutes."];
        }

        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
