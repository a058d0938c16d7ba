using MedPatch.Features.Devices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Devices;

/// <summary>One device: identity, location, network, clinical use and the support dates behind its status.</summary>
public sealed class DetailModel(DeviceDetailQuery details) : PageModel
{
    public DeviceResponse Device { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var device = await details.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (device is null)
        {
            return NotFound();
        }

        Device = device;
        return Page();
    }
}
