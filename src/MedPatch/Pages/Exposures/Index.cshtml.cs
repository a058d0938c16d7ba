using System.Globalization;
using MedPatch.Core.Devices;
using MedPatch.Core.Exposures;
using MedPatch.Core.Matching;
using MedPatch.Core.Risk;
using MedPatch.Data;
using MedPatch.Features.Devices;
using MedPatch.Features.Exposures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Pages.Exposures;

/// <summary>
/// Stored exposures by SSVC decision: a GET form of filters over <see cref="ExposureQueries"/>, the listing the API
/// serves, with one tab per decision counting what the other filters leave. A value the page cannot read is set aside
/// and named, never an error page.
/// </summary>
public sealed class IndexModel(ExposureQueries exposures, MedPatchDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Above this many models the model list waits for a manufacturer, so the form stays small.</summary>
    public const int MaxModelOptions = 500;

    public const string EndOfSupport = "end_of_support";

    [BindProperty(SupportsGet = true, Name = "decision")]
    public string? Decision { get; set; }

    [BindProperty(SupportsGet = true, Name = "facility")]
    public string? Facility { get; set; }

    [BindProperty(SupportsGet = true, Name = "manufacturer")]
    public string? Manufacturer { get; set; }

    [BindProperty(SupportsGet = true, Name = "model")]
    public string? DeviceModel { get; set; }

    [BindProperty(SupportsGet = true, Name = "device")]
    public string? Device { get; set; }

    [BindProperty(SupportsGet = true, Name = "cve")]
    public string? Cve { get; set; }

    [BindProperty(SupportsGet = true, Name = "confidence")]
    public string? Confidence { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "unmitigated")]
    public bool Unmitigated { get; set; }

    [BindProperty(SupportsGet = true, Name = "support")]
    public string? Support { get; set; }

    // Not "page": Razor Pages keeps the page path in the route value of that name, which would shadow the query.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public ExposureViewPage Result { get; private set; } = new([], 0, 1, PageSize);

    /// <summary>Per decision label (and "unranked"), what the filters other than the decision find.</summary>
    public IReadOnlyDictionary<string, int> DecisionCounts { get; private set; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public int AllDecisions => DecisionCounts.Values.Sum();

    /// <summary>Filter values set aside because they name nothing this page knows, as "name: value".</summary>
    public IReadOnlyList<string> Ignored { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Facilities { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Manufacturers { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Models { get; private set; } = [];

    /// <summary>True when the model list was left empty because the catalog is large and no manufacturer is chosen.</summary>
    public bool ModelsNeedManufacturer { get; private set; }

    public static IReadOnlyList<string> ConfidenceOptions { get; } = [.. Enumerable.Reverse(Labels<MatchConfidence>())];

    public static IReadOnlyList<string> StateOptions { get; } = Labels<ExposureState>();

    public static IReadOnlyList<string> StatusOptions { get; } = Labels<ExposureStatus>();

    public bool Filtered =>
        !string.IsNullOrWhiteSpace(Facility) || !string.IsNullOrWhiteSpace(Manufacturer) || !string.IsNullOrWhiteSpace(DeviceModel) ||
        !string.IsNullOrWhiteSpace(Device) || !string.IsNullOrWhiteSpace(Cve) || !string.IsNullOrWhiteSpace(Confidence) ||
        !string.IsNullOrWhiteSpace(State) || !string.IsNullOrWhiteSpace(Status) || Unmitigated || !string.IsNullOrWhiteSpace(Support);

    /// <summary>The decision tab shown: a decision label, "unranked", or null for all.</summary>
    public string? CurrentDecision { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var ignored = new List<string>();
        var decision = ReadDecision(ignored);
        (Confidence, var confidence) = Read<MatchConfidence>(Confidence, "confidence", ignored);
        (State, var state) = Read<ExposureState>(State, "state", ignored);
        (Status, var status) = Read<ExposureStatus>(Status, "status", ignored);
        var facilityId = await FacilityIdAsync(ignored, cancellationToken).ConfigureAwait(false);
        var manufacturerId = await ManufacturerIdAsync(ignored, cancellationToken).ConfigureAwait(false);
        var modelId = ReadModel(ignored);
        DateOnly? unsupportedOn = null;
        if (!string.IsNullOrWhiteSpace(Support))
        {
            if (string.Equals(Support.Trim(), EndOfSupport, StringComparison.OrdinalIgnoreCase) || string.Equals(Support.Trim(), "unsupported", StringComparison.OrdinalIgnoreCase))
            {
                Support = EndOfSupport;
                unsupportedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            }
            else
            {
                ignored.Add($"support: {Support.Trim()}");
                Support = null;
            }
        }

        Ignored = ignored;
        var filter = new ExposureFilter(
            Decision: decision is { } d && SnakeCaseEnum.TryParse<DeployerDecision>(d, out var ranked) ? ranked : null,
            AssetTag: Blank(Device),
            Cve: Blank(Cve),
            Confidence: confidence,
            Unmitigated: Unmitigated,
            FacilityId: facilityId,
            ManufacturerId: manufacturerId,
            ModelId: modelId,
            State: state,
            Status: status,
            Unranked: decision == ExposureDisplay.Unranked,
            EndOfSupportOn: unsupportedOn);
        CurrentDecision = decision;

        DecisionCounts = await exposures.CountByDecisionAsync(filter, cancellationToken).ConfigureAwait(false);
        Result = await exposures.ViewPageAsync(filter, Math.Max(1, PageNumber ?? 1), PageSize, cancellationToken).ConfigureAwait(false);
        await LoadOptionsAsync(manufacturerId, cancellationToken).ConfigureAwait(false);
    }

    public int CountOf(string decision) => DecisionCounts.GetValueOrDefault(decision);

    /// <summary>The list URL with the current filters, another decision (null: all) and a page number.</summary>
    public string LinkTo(string? decision, int page)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        Add(query, "decision", decision);
        Add(query, "facility", Facility);
        Add(query, "manufacturer", Manufacturer);
        Add(query, "model", DeviceModel);
        Add(query, "device", Device);
        Add(query, "cve", Cve);
        Add(query, "confidence", Confidence);
        Add(query, "state", State);
        Add(query, "status", Status);
        Add(query, "unmitigated", Unmitigated ? "true" : null);
        Add(query, "support", Support);
        Add(query, "p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return QueryHelpers.AddQueryString("/exposures", query.Where(q => q.Value is not null));
    }

    private string? ReadDecision(List<string> ignored)
    {
        if (string.IsNullOrWhiteSpace(Decision))
        {
            return null;
        }

        var text = Decision.Trim().ToLowerInvariant().Replace('-', '_');
        if (ExposureDisplay.Decisions.Contains(text))
        {
            Decision = text;
            return text;
        }

        ignored.Add($"decision: {Decision.Trim()}");
        Decision = null;
        return null;
    }

    /// <summary>A snake_case enum value and its label as the links write it; an unknown value is set aside.</summary>
    private static (string? Label, TEnum? Value) Read<TEnum>(string? text, string name, List<string> ignored)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        if (SnakeCaseEnum.TryParse<TEnum>(text, out var value))
        {
            return (ExposureLabels.Of(value), value);
        }

        ignored.Add($"{name}: {text.Trim()}");
        return (null, null);
    }

    /// <summary>A facility by id or by name, among the facilities the caller may see.</summary>
    private async Task<Guid?> FacilityIdAsync(List<string> ignored, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Facility))
        {
            return null;
        }

        var text = Facility.Trim();
        var lowered = text.ToLowerInvariant();
        Guid? id = Guid.TryParse(text, out var parsed)
            ? await db.Facilities.AsNoTracking().Where(f => f.Id == parsed).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : await db.Facilities.AsNoTracking().Where(f => f.Name.ToLower() == lowered).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (id is null)
        {
            ignored.Add($"facility: {text}");
            Facility = null;
            return null;
        }

        Facility = id.Value.ToString();
        return id;
    }

    /// <summary>A manufacturer by id or by its name or an alias, the way imports resolve them.</summary>
    private async Task<Guid?> ManufacturerIdAsync(List<string> ignored, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Manufacturer))
        {
            return null;
        }

        var text = Manufacturer.Trim();
        Guid? id;
        if (Guid.TryParse(text, out var parsed))
        {
            id = await db.Manufacturers.AsNoTracking().Where(m => m.Id == parsed).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var normalized = Core.Manufacturers.ManufacturerName.Normalize(text);
            id = await db.Manufacturers.AsNoTracking().Where(m => m.NormalizedName == normalized).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? await db.ManufacturerAliases.AsNoTracking().Where(a => a.NormalizedName == normalized).Select(a => (Guid?)a.ManufacturerId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }

        if (id is null)
        {
            ignored.Add($"manufacturer: {text}");
            Manufacturer = null;
            return null;
        }

        Manufacturer = id.Value.ToString();
        return id;
    }

    private Guid? ReadModel(List<string> ignored)
    {
        if (string.IsNullOrWhiteSpace(DeviceModel))
        {
            return null;
        }

        if (Guid.TryParse(DeviceModel.Trim(), out var id))
        {
            DeviceModel = id.ToString();
            return id;
        }

        ignored.Add($"model: {DeviceModel.Trim()}");
        DeviceModel = null;
        return null;
    }

    // The option lists come from the small catalog tables, never from the exposure table.
    private async Task LoadOptionsAsync(Guid? manufacturerId, CancellationToken cancellationToken)
    {
        var facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Facilities = [.. facilities.Select(f => new SelectListItem(f.Name, f.Id.ToString()))];
        var manufacturers = await db.Manufacturers.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Manufacturers = [.. manufacturers.Select(m => new SelectListItem(m.Name, m.Id.ToString()))];

        IQueryable<DeviceModel> models = db.DeviceModels.AsNoTracking();
        if (manufacturerId is { } maker)
        {
            models = models.Where(m => m.ManufacturerId == maker);
        }
        else if (await models.CountAsync(cancellationToken).ConfigureAwait(false) > MaxModelOptions)
        {
            ModelsNeedManufacturer = true;
            models = DeviceModel is not null && Guid.TryParse(DeviceModel, out var chosen) ? models.Where(m => m.Id == chosen) : models.Where(m => false);
        }

        var names = manufacturers.ToDictionary(m => m.Id, m => m.Name);
        var rows = await models.Select(m => new { m.Id, m.Name, m.ManufacturerId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        Models = [.. rows
            .Select(m => new SelectListItem($"{names.GetValueOrDefault(m.ManufacturerId)} {m.Name}".Trim(), m.Id.ToString()))
            .OrderBy(m => m.Text, StringComparer.OrdinalIgnoreCase)];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> Labels<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => ExposureLabels.Of(v))];

    private static void Add(Dictionary<string, string?> query, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query[key] = value.Trim();
        }
    }
}
