using MedPatch.Features.Manufacturers;
using MedPatch.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Pages.Manufacturers;

/// <summary>The manufacturer catalog, and a form that adds one through <see cref="CreateManufacturer"/>.</summary>
public sealed class IndexModel(ManufacturerQueries queries, CreateManufacturer create) : FormPageModel
{
    public IReadOnlyList<ManufacturerListItem> Items { get; private set; } = [];

    [BindProperty(Name = "name")]
    public string? Name { get; set; }

    /// <summary>Comma-separated other names.</summary>
    [BindProperty(Name = "aliases")]
    public string? Aliases { get; set; }

    [BindProperty(Name = "psirt_contact")]
    public string? PsirtContact { get; set; }

    [BindProperty(Name = "website")]
    public string? Website { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await queries.ListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var aliases = (Aliases ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = await create.ExecuteAsync(new ManufacturerDetails(Name, PsirtContact, Website), aliases, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            Items = await queries.ListAsync(cancellationToken).ConfigureAwait(false);
            return Page();
        }

        SetStatus($"Added {Name!.Trim()}.");
        return RedirectToPage("/Manufacturers/Edit", new { id = result.Id });
    }
}
