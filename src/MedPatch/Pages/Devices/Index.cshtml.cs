using MedPatch.Data;
using MedPatch.Features.Devices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Pages.Devices;

/// <summary>
/// The device list: a GET form of filters over <see cref="DeviceQueries"/>, which pages in SQL and counts once, so
/// the page costs the same with ten devices or a million.
/// </summary>
public sealed class IndexModel(DeviceQueries devices, MedPatchDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "facility")]
    public string? Facility { get; set; }

    [BindProperty(SupportsGet = true, Name = "manufacturer")]
    public string? Manufacturer { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? DeviceType { get; set; }

    [BindProperty(SupportsGet = true, Name = "support")]
    public string? Support { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    // Not "page": Razor Pages keeps the page path in the route value of that name, which would shadow the query.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public DevicePage Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<SelectListItem> Facilities { get; private set; } = [];

    public IReadOnlyList<string> Manufacturers { get; private set; } = [];

    public IReadOnlyList<string> DeviceTypes { get; private set; } = [];

    public static IReadOnlyList<(string Value, string Label)> SupportOptions { get; } =
        [("supported", "Supported"), ("end_of_support", "End of support"), ("unknown", "Unknown")];

    public string CurrentSort => string.IsNullOrWhiteSpace(Sort) ? "asset_tag" : Sort.Trim().ToLowerInvariant();

    public bool Filtered =>
        !string.IsNullOrWhiteSpace(Search) || !string.IsNullOrWhiteSpace(Facility) || !string.IsNullOrWhiteSpace(Manufacturer) ||
        !string.IsNullOrWhiteSpace(DeviceType) || !string.IsNullOrWhiteSpace(Support);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A hand-edited URL with a wrong sort or support value falls back to the default instead of failing the page.
        if (!DeviceListValidation.IsSortKey(Sort))
        {
            Sort = null;
        }

        if (!string.IsNullOrWhiteSpace(Support) && !DeviceListValidation.IsSupportValue(Support))
        {
            Support = null;
        }

        var filter = new DeviceFilter
        {
            Search = Search,
            Facility = Facility,
            Manufacturer = Manufacturer,
            DeviceType = DeviceType,
            Support = Support,
        };
        Result = await devices.ListAsync(filter, Sort, Math.Max(1, PageNumber ?? 1), PageSize, cancellationToken).ConfigureAwait(false);

        // The option lists come from the small catalog tables, never from the device table.
        var facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Facilities = facilities.Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToList();
        Manufacturers = await db.Manufacturers.AsNoTracking().OrderBy(m => m.Name).Select(m => m.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        DeviceTypes = await db.DeviceModels.AsNoTracking().Where(m => m.DeviceType != null).Select(m => m.DeviceType!).Distinct()
            .OrderBy(t => t).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The list URL with the current filters, a sort and a page number.</summary>
    public string LinkTo(string? sort, int page)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        Add(query, "q", Search);
        Add(query, "facility", Facility);
        Add(query, "manufacturer", Manufacturer);
        Add(query, "type", DeviceType);
        Add(query, "support", Support);
        Add(query, "sort", sort is null or "asset_tag" ? null : sort);
        Add(query, "p", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return QueryHelpers.AddQueryString("/devices", query.Where(q => q.Value is not null));
    }

    /// <summary>A header link sorts by its column ascending, or descending when it is already the ascending sort.</summary>
    public string SortLink(string key) => LinkTo(CurrentSort == key ? "-" + key : key, 1);

    /// <summary>The aria-sort value of a column header, null on columns the list is not sorted by.</summary>
    public string? AriaSort(string key) =>
        CurrentSort == key ? "ascending" : CurrentSort == "-" + key ? "descending" : null;

    private static void Add(Dictionary<string, string?> query, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query[key] = value.Trim();
        }
    }
}
