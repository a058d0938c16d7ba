using MedPatch.Features.Exposures;
using MedPatch.Features.Intelligence.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Vulnerabilities;

/// <summary>
/// One CVE: its CVSS vectors metric by metric, KEV, EPSS, SSVC, references, advisories, affected statements, and the
/// devices of the caller's scope it exposes, by facility and model.
/// </summary>
public sealed class DetailModel(VulnerabilityQueries vulnerabilities, ExposureQueries exposures) : PageModel
{
    /// <summary>The device table's length; the counts above it always cover every device.</summary>
    public const int DeviceLimit = 500;

    public VulnerabilityDetail Vulnerability { get; private set; } = null!;

    /// <summary>The rows of <c>GET /api/v1/vulnerabilities/{cve}/devices</c>, counted per facility and model.</summary>
    public IReadOnlyList<ExposureGroupSummary> Groups { get; private set; } = [];

    public IReadOnlyDictionary<string, int> ByState { get; private set; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> ByConfidence { get; private set; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The most urgent devices up to <see cref="DeviceLimit"/>, listed by facility, model and asset tag.</summary>
    public IReadOnlyList<ExposureView> Devices { get; private set; } = [];

    public int DeviceTotal => Groups.Sum(g => g.Exposures);

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
        var filter = new ExposureFilter(Cve: id);
        Groups = await exposures.CountByFacilityAndModelAsync(filter, cancellationToken).ConfigureAwait(false);
        (ByState, ByConfidence) = await exposures.CountByStateAndConfidenceAsync(filter, cancellationToken).ConfigureAwait(false);
        var devices = await exposures.ViewAsync(filter, DeviceLimit, cancellationToken).ConfigureAwait(false);
        Devices = [.. devices
            .OrderBy(e => e.Item.Facility, StringComparer.Ordinal).ThenBy(e => e.Item.Manufacturer, StringComparer.Ordinal)
            .ThenBy(e => e.Item.Model, StringComparer.Ordinal).ThenBy(e => e.Item.AssetTag, StringComparer.Ordinal)];
        return Page();
    }

    /// <summary>The exposures list narrowed to this CVE and, when given, one facility and model.</summary>
    public string ExposuresLink(Guid? facilityId = null, Guid? modelId = null)
    {
        var link = "/exposures?cve=" + Uri.EscapeDataString(Vulnerability.Cve);
        if (facilityId is { } facility)
        {
            link += "&facility=" + facility;
        }

        if (modelId is { } model)
        {
            link += "&model=" + model;
        }

        return link;
    }
}
