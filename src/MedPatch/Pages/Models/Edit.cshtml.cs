using System.Globalization;
using MedPatch.Cli;
using MedPatch.Features.Models;
using MedPatch.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Pages.Models;

/// <summary>Edits one model through <see cref="UpdateModel"/>, the use case behind <c>PUT /api/v1/models/{id}</c>.</summary>
public sealed class EditModel(ModelQueries queries, UpdateModel update) : FormPageModel
{
    public ModelListItem Item { get; private set; } = null!;

    [BindProperty(Name = "end_of_sale")]
    public string? EndOfSale { get; set; }

    [BindProperty(Name = "end_of_support")]
    public string? EndOfSupport { get; set; }

    [BindProperty(Name = "device_type")]
    public string? DeviceType { get; set; }

    [BindProperty(Name = "clinical_function")]
    public string? ClinicalFunction { get; set; }

    /// <summary>Comma-separated, as people copy them from a label or a quote.</summary>
    [BindProperty(Name = "model_numbers")]
    public string? ModelNumbers { get; set; }

    [BindProperty(Name = "remote_push_possible")]
    public string? RemotePushPossible { get; set; }

    [BindProperty(Name = "customer_may_install")]
    public string? CustomerMayInstall { get; set; }

    [BindProperty(Name = "manufacturer_must_install")]
    public string? ManufacturerMustInstall { get; set; }

    [BindProperty(Name = "typical_install_minutes")]
    public string? TypicalInstallMinutes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        EndOfSale = Display.Date(item.EndOfSale);
        EndOfSupport = Display.Date(item.EndOfSupport);
        DeviceType = item.DeviceType;
        ClinicalFunction = item.ClinicalFunction;
        ModelNumbers = string.Join(", ", item.ModelNumbers);
        RemotePushPossible = Display.YesNo(item.RemotePushPossible);
        CustomerMayInstall = Display.YesNo(item.CustomerMayInstall);
        ManufacturerMustInstall = Display.YesNo(item.ManufacturerMustInstall);
        TypicalInstallMinutes = item.TypicalInstallMinutes?.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var changes = new ModelChanges
        {
            EndOfSale = ParseDate(EndOfSale, "end_of_sale", errors),
            EndOfSupport = ParseDate(EndOfSupport, "end_of_support", errors),
            DeviceType = DeviceType,
            ClinicalFunction = ClinicalFunction,
            ModelNumbers = UpdateModel.CleanModelNumbers((ModelNumbers ?? string.Empty).Split(',')),
            RemotePushPossible = ParseAnswer(RemotePushPossible, "remote_push_possible", errors),
            CustomerMayInstall = ParseAnswer(CustomerMayInstall, "customer_may_install", errors),
            ManufacturerMustInstall = ParseAnswer(ManufacturerMustInstall, "manufacturer_must_install", errors),
            TypicalInstallMinutes = ParseMinutes(TypicalInstallMinutes, errors),
        };

        if (errors.Count > 0)
        {
            // Unparsable fields were sent as unknown; the other fields still get the use case's verdict.
            foreach (var (field, messages) in UpdateModel.Validate(changes))
            {
                errors.TryAdd(field, messages);
            }
        }

        var result = errors.Count > 0 ? UpdateModelResult.Invalid(errors) : await update.ExecuteAsync(id, changes, cancellationToken).ConfigureAwait(false);
        var item = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (!result.Found || item is null)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Item = item;
            Errors = result.Errors;
            return Page();
        }

        SetStatus($"Saved {item.Manufacturer} {item.Name}.");
        return RedirectToPage(new { id });
    }

    // <input type="date"> sends yyyy-MM-dd; anything else came from a hand-made request or an old browser.
    private static DateOnly? ParseDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = ["Enter a date as YYYY-MM-DD."];
        return null;
    }

    private static bool? ParseAnswer(string? text, string field, Dictionary<string, string[]> errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "unknown": return null;
            case "yes": return true;
            case "no": return false;
            default:
                errors[field] = ["Choose yes, no or unknown."];
                return null;
        }
    }

    private static int? ParseMinutes(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return minutes;
        }

        errors["typical_install_minutes"] = ["Enter a whole number of minutes."];
        return null;
    }
}
