using MedPatch.Features.Intelligence.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Vulnerabilities;

/// <summary>One CVE: its CVSS vectors metric by metric, KEV, EPSS, SSVC, references, advisories and affected statements.</summary>
public sealed class DetailModel(VulnerabilityQueries vulnerabilities) : PageModel
{
    public VulnerabilityDetail Vulnerability { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string cve, CancellationToken cancellationToken)
    {
        var id = CveIds.Normalize(cve);
        if (id is null)
        {
            return NotFound();
        }

        // One address per CVE, whatever case was typed.
        if (!string.Equals(id, cve, StringComparison.Ordinal))
        {
            return RedirectPermanent("/vulnerabilities/" + id);
        }

        var detail = await vulnerabilities.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (detail is null)
        {
            return NotFound();
        }

        Vulnerability = detail;
        return Page();
    }
}
