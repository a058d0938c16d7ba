using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Features.Intelligence.Api;

/// <summary>Query string of <c>GET /api/v1/advisories</c>; names are snake_case like the JSON.</summary>
public sealed class AdvisoryListParameters
{
    [FromQuery(Name = "cve")]
    [Description("Only advisories naming this CVE id (any case).")]
    public string? Cve { get; init; }

    [FromQuery(Name = "manufacturer")]
    [Description("Vendor of an affected product: a catalog manufacturer's name or any alias, or the vendor as advisories write it.")]
    public string? Manufacturer { get; init; }

    [FromQuery(Name = "product")]
    [Description("Part of an affected product's name (any case).")]
    public string? Product { get; init; }

    [FromQuery(Name = "q")]
    [Description("Part of the tracking id or title (any case).")]
    public string? Q { get; init; }

    [FromQuery(Name = "source")]
    [Description("csaf, cve or nvd: only advisories imported from that format.")]
    public string? Source { get; init; }

    [FromQuery(Name = "sort")]
    [Description("release_date (current release date; default descending), tracking_id or title; prefix - for descending.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("1-based page number (default 1).")]
    public int? Page { get; init; }

    [FromQuery(Name = "page_size")]
    [Description("Advisories per page, 1 to 500 (default 50).")]
    public int? PageSize { get; init; }

    public AdvisoryFilter ToFilter() => new(Cve, Manufacturer, Product, Q, Source);
}
