using MedPatch.Features.Manufacturers;
using MedPatch.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Pages.Manufacturers;

/// <summary>
/// One manufacturer: its details, aliases and channels, each changed by its own small form and the same use
/// case the API calls.
/// </summary>
public sealed class EditModel(
    ManufacturerQueries queries,
    UpdateManufacturer update,
    AddManufacturerAlias addAlias,
    RemoveManufacturerAlias removeAlias,
    AddNotificationChannel addChannel,
    RemoveNotificationChannel removeChannel) : FormPageModel
{
    public ManufacturerListItem Item { get; private set; } = null!;

    [BindProperty(Name = "name")]
    public string? Name { get; set; }

    [BindProperty(Name = "psirt_contact")]
    public string? PsirtContact { get; set; }

    [BindProperty(Name = "website")]
    public string? Website { get; set; }

    [BindProperty(Name = "alias")]
    public string? Alias { get; set; }

    [BindProperty(Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(Name = "address")]
    public string? Address { get; set; }

    [BindProperty(Name = "notes")]
    public string? Notes { get; set; }

    [BindProperty(Name = "channel_id")]
    public Guid ChannelId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        Name = Item.Name;
        PsirtContact = Item.PsirtContact;
        Website = Item.Website;
        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await update.ExecuteAsync(id, new ManufacturerDetails(Name, PsirtContact, Website), cancellationToken).ConfigureAwait(false);
        return await AfterAsync(id, result, "Saved the manufacturer's details.", null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostAddAliasAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await addAlias.ExecuteAsync(id, Alias, cancellationToken).ConfigureAwait(false);

        // The use case names its field "name" as the API body does; on this page that field is "alias".
        return await AfterAsync(id, result, $"Added the alias {Alias?.Trim()}.", "alias", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostRemoveAliasAsync(Guid id, CancellationToken cancellationToken)
    {
        var removed = await removeAlias.ExecuteAsync(id, Alias ?? string.Empty, cancellationToken).ConfigureAwait(false);
        SetStatus(removed ? $"Removed the alias {Alias}." : "That alias was already gone.");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddChannelAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await addChannel.ExecuteAsync(id, Kind, Address, Notes, cancellationToken).ConfigureAwait(false);
        return await AfterAsync(id, result, "Added the notification channel.", null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostRemoveChannelAsync(Guid id, CancellationToken cancellationToken)
    {
        var removed = await removeChannel.ExecuteAsync(id, ChannelId, cancellationToken).ConfigureAwait(false);
        SetStatus(removed ? "Removed the notification channel." : "That channel was already gone.");
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> AfterAsync(Guid id, ManufacturerEditResult result, string success, string? nameField, CancellationToken cancellationToken)
    {
        if (!result.Found || !await LoadAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            SetStatus(success);
            return RedirectToPage(new { id });
        }

        Errors = nameField is null ? result.Errors : result.Errors.ToDictionary(e => e.Key == "name" ? nameField : e.Key, e => e.Value);

        // The details form shows what is stored unless it is the form that failed.
        if (!Errors.ContainsKey("name") && !Errors.ContainsKey("psirt_contact") && !Errors.ContainsKey("website"))
        {
            Name = Item.Name;
            PsirtContact = Item.PsirtContact;
            Website = Item.Website;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return false;
        }

        Item = item;
        return true;
    }
}
