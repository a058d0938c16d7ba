using MedPatch.Features.Intelligence.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Advisories;

/// <summary>
/// One advisory, by id or tracking id: header, revision timeline with what each revision changed, affected
/// products with their status per CVE, remediations, vulnerabilities, notes and references.
/// </summary>
public sealed class DetailModel(AdvisoryQueries advisories) : PageModel
{
    public AdvisoryDetail Advisory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var detail = await advisories.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (detail is null)
        {
            return NotFound();
        }

        Advisory = detail;
        return Page();
    }

    /// <summary>Where the stored original of a revision is served (the API, which a signed-in browser may call).</summary>
    public string DocumentLink(string version) =>
        $"/api/v1/advisories/{Uri.EscapeDataString(Advisory.TrackingId)}/revisions/{Uri.EscapeDataString(version)}/document";
}
