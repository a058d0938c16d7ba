using System.Globalization;
using MedPatch.Features.Intelligence.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace MedPatch.Pages.Advisories;

/// <summary>The advisory list: a GET form of filters over <see cref="AdvisoryQueries"/>, newest release first, paged in SQL.</summary>
public sealed class IndexModel(AdvisoryQueries advisories) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "cve")]
    public string? Cve { get; set; }

    [BindProperty(SupportsGet = true, Name = "manufacturer")]
    public string? Manufacturer { get; set; }

    [BindProperty(SupportsGet = true, Name = "product")]
    public string? Product { get; set; }

    [BindProperty(SupportsGet = true, Name = "source")]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    // Not "page": Razor Pages keeps the page path in the route value of that name, which would shadow the query.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public AdvisoryListResponse Result { get; private set; } = new([], 0, 1, PageSize);

    public string? CveError { get; private set; }

    public string CurrentSort => IntelligenceListValidation.IsSortKey(Sort, AdvisoryQueries.SortKeys) && !string.IsNullOrWhiteSpace(Sort)
        ? Sort.Trim().ToLowerInvariant()
        : "-release_date";

    public bool Filtered =>
        !string.IsNullOrWhiteSpace(Search) || !string.IsNullOrWhiteSpace(Cve) || !string.IsNullOrWhiteSpace(Manufacturer) || !string.IsNullOrWhiteSpace(Product) ||
        !string.IsNullOrWhiteSpace(Source);

    public static IReadOnlyList<(string Value, string Label)> SourceOptions { get; } =
        [("csaf", "Security advisories (CSAF)"), ("cve", "CVE records"), ("nvd", "NVD entries")];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Cve) && CveIds.Normalize(Cve) is null)
        {
            CveError = "Enter a CVE id such as CVE-2017-0143.";
            return;
        }

        // A hand-edited URL with an unknown source shows every advisory instead of failing the page.
        if (!string.IsNullOrWhiteSpace(Source) && !AdvisoryFilter.Sources.Contains(Source.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            Source = null;
        }

        var filter = new AdvisoryFilter(Cve, Manufacturer, Product, Search, Source);
        Result = await advisories.ListAsync(filter, CurrentSort, Math.Max(1, PageNumber ?? 1), PageSize, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The list URL with the current filters, a sort and a page number.</summary>
    public string LinkTo(string? sort, int page)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = Search,
            ["cve"] = Cve,
            ["manufacturer"] = Manufacturer,
            ["product"] = Product,
            ["source"] = Source,
            ["sort"] = sort is null or "-release_date" ? null : sort,
            ["p"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/advisories", query.Where(q => !string.IsNullOrWhiteSpace(q.Value)).Select(q => KeyValuePair.Create(q.Key, (string?)q.Value!.Trim())));
    }

    /// <summary>The release date sorts newest first, then oldest first; text columns ascending first.</summary>
    public string SortLink(string key) =>
        key == "release_date"
            ? LinkTo(CurrentSort == "-release_date" ? "release_date" : "-release_date", 1)
            : LinkTo(CurrentSort == key ? "-" + key : key, 1);

    public string? AriaSort(string key) =>
        CurrentSort == key ? "ascending" : CurrentSort == "-" + key ? "descending" : null;
}
