using MedPatch.Features.Manufacturers;
using MedPatch.Features.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Models;

public sealed class IndexModel(ModelQueries models, ManufacturerQueries manufacturers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "manufacturer")]
    public string? Manufacturer { get; set; }

    [BindProperty(SupportsGet = true, Name = "device_type")]
    public string? DeviceType { get; set; }

    public IReadOnlyList<ModelListItem> Items { get; private set; } = [];

    public IReadOnlyList<string> ManufacturerNames { get; private set; } = [];

    public IReadOnlyList<string> DeviceTypes { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Manufacturer) || !string.IsNullOrWhiteSpace(DeviceType);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await models.ListAsync(Manufacturer, DeviceType, cancellationToken).ConfigureAwait(false);
        ManufacturerNames = await manufacturers.NamesAsync(cancellationToken).ConfigureAwait(false);
        DeviceTypes = await models.DeviceTypesAsync(cancellationToken).ConfigureAwait(false);
    }
}
