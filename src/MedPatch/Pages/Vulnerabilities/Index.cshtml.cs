using System.Globalization;
using MedPatch.Features.Intelligence.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace MedPatch.Pages.Vulnerabilities;

/// <summary>The vulnerability list: a GET form of filters over <see cref="VulnerabilityQueries"/>, paged in SQL.</summary>
public sealed class IndexModel(VulnerabilityQueries vulnerabilities) : PageModel
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

    /// <summary>"true" for KEV only, "false" for not in KEV, anything else for both.</summary>
    [BindProperty(SupportsGet = true, Name = "kev")]
    public string? Kev { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    // Not "page": Razor Pages keeps the page path in the route value of that name, which would shadow the query.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public VulnerabilityListResponse Result { get; private set; } = new([], 0, 1, PageSize);

    /// <summary>Set when the CVE box holds something that is not a CVE id, so the page can say so instead of showing nothing.</summary>
    public string? CveError { get; private set; }

    public bool? KevOnly => bool.TryParse(Kev, out var value) ? value : null;

    public string CurrentSort => IntelligenceListValidation.IsSortKey(Sort, VulnerabilityQueries.SortKeys) && !string.IsNullOrWhiteSpace(Sort)
        ? Sort.Trim().ToLowerInvariant()
        : "-published";

    public bool Filtered =>
        !string.IsNullOrWhiteSpace(Search) || !string.IsNullOrWhiteSpace(Cve) || !string.IsNullOrWhiteSpace(Manufacturer) ||
        !string.IsNullOrWhiteSpace(Product) || KevOnly is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Cve) && CveIds.Normalize(Cve) is null)
        {
            CveError = "Enter a CVE id such as CVE-2017-0143.";
            return;
        }

        var filter = new VulnerabilityFilter(Cve, Manufacturer, Product, KevOnly, Search);
        Result = await vulnerabilities.ListAsync(filter, CurrentSort, Math.Max(1, PageNumber ?? 1), PageSize, cancellationToken).ConfigureAwait(false);
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
            ["kev"] = KevOnly is { } kev ? (kev ? "true" : "false") : null,
            ["sort"] = sort is null or "-published" ? null : sort,
            ["p"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/vulnerabilities", query.Where(q => !string.IsNullOrWhiteSpace(q.Value)).Select(q => KeyValuePair.Create(q.Key, (string?)q.Value!.Trim())));
    }

    /// <summary>A header link sorts by its column, descending first (highest score, newest date), ascending when already descending.</summary>
    public string SortLink(string key) => LinkTo(CurrentSort == "-" + key ? key : "-" + key, 1);

    public string? AriaSort(string key) =>
        CurrentSort == key ? "ascending" : CurrentSort == "-" + key ? "descending" : null;
}
