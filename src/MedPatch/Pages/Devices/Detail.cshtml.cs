using MedPatch.Features.Devices;
using MedPatch.Features.Exposures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Devices;

/// <summary>One device: identity, location, network, clinical use, the support dates behind its status, and its exposures with why.</summary>
public sealed class DetailModel(DeviceDetailQuery details, ExposureQueries exposures) : PageModel
{
    /// <summary>A device rarely has more; past this the section links to the exposures page for the rest.</summary>
    public const int ExposureLimit = 200;

    public DeviceResponse Device { get; private set; } = null!;

    /// <summary>The device's exposures, most urgent first: the rows of <c>GET /api/v1/devices/{id}/exposures</c>.</summary>
    public IReadOnlyList<ExposureView> Exposures { get; private set; } = [];

    public int ExposureTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var device = await details.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (device is null)
        {
            return NotFound();
        }

        Device = device;
        var page = await exposures.ViewPageAsync(new ExposureFilter(DeviceId: id), 1, ExposureLimit, cancellationToken).ConfigureAwait(false);
        Exposures = page.Items;
        ExposureTotal = page.Total;
        return Page();
    }
}
