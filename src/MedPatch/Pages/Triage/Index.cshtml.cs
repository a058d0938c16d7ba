using System.Globalization;
using MedPatch.Core.Matching;
using MedPatch.Core.Security;
using MedPatch.Data;
using MedPatch.Features.Triage;
using MedPatch.Features.Users;
using MedPatch.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Pages.Triage;

/// <summary>
/// The triage queue with a decision form per row and one for the rows ticked, both through
/// <see cref="TriageExposures"/>, the use case behind <c>POST /api/v1/triage</c>. Filters are a GET form, kept
/// across a decision so a person can work through one facility or one advisory at a time.
/// </summary>
public sealed class IndexModel(TriageQueries queries, TriageExposures triage, MedPatchDbContext db) : FormPageModel
{
    public const int PageSize = 50;

    /// <summary>The error summary's key for a decision on exposures that are gone (re-matched away, or never the caller's).</summary>
    public const string QueueField = "triage-queue";

    public const string BulkActionField = "bulk-action";
    public const string BulkReasonField = "bulk-reason";
    public const string BulkIdsField = "bulk-ids";

    [BindProperty(SupportsGet = true, Name = "facility")]
    public string? Facility { get; set; }

    [BindProperty(SupportsGet = true, Name = "manufacturer")]
    public string? Manufacturer { get; set; }

    [BindProperty(SupportsGet = true, Name = "cve")]
    public string? Cve { get; set; }

    [BindProperty(SupportsGet = true, Name = "confidence")]
    public string? Confidence { get; set; }

    // Not "page": Razor Pages keeps the page path in the route value of that name, which would shadow the query.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    [BindProperty(Name = "exposure_ids")]
    public List<Guid> ExposureIds { get; set; } = [];

    [BindProperty(Name = "action")]
    public string? ActionValue { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    public TriagePage Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<SelectListItem> Facilities { get; private set; } = [];

    public IReadOnlyList<string> Manufacturers { get; private set; } = [];

    /// <summary>The decisions offered on queued rows: everything in the queue is open already, so reopening is not one.</summary>
    public static IReadOnlyList<TriageAction> Decisions { get; } = [TriageAction.Confirm, TriageAction.FalsePositive, TriageAction.NotApplicable];

    public static IReadOnlyList<string> ConfidenceOptions { get; } = [.. TriageConfidence.Queued.Select(TriageConfidence.Name)];

    /// <summary>Everyone who may read the inventory sees the queue; only those who may triage get the forms.</summary>
    public bool CanTriage => UserClaims.Has(User, Permission.ExposureTriage);

    public bool Filtered =>
        !string.IsNullOrWhiteSpace(Facility) || !string.IsNullOrWhiteSpace(Manufacturer) || !string.IsNullOrWhiteSpace(Cve) || !string.IsNullOrWhiteSpace(Confidence);

    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    /// <summary>The action select and the reason field of one row carry the exposure's id, so its errors land next to them.</summary>
    public static string ActionId(Guid exposureId) => "action-" + exposureId.ToString("N");

    public static string ReasonId(Guid exposureId) => "reason-" + exposureId.ToString("N");

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public Task<IActionResult> OnPostRowAsync(CancellationToken cancellationToken) =>
        DecideAsync(ExposureIds.Count == 1 ? ExposureIds[0] : null, cancellationToken);

    public Task<IActionResult> OnPostBulkAsync(CancellationToken cancellationToken) => DecideAsync(null, cancellationToken);

    /// <summary>This list's URL with the current filters and a page number, or the post target of a form when <paramref name="handler"/> is given.</summary>
    public string LinkTo(int page, string? handler = null)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["handler"] = handler,
            ["facility"] = Blank(Facility),
            ["manufacturer"] = Blank(Manufacturer),
            ["cve"] = Blank(Cve),
            ["confidence"] = Blank(Confidence),
            ["p"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/triage", query.Where(q => q.Value is not null));
    }

    /// <param name="row">The exposure of a row's own form; null for the form over the ticked rows.</param>
    private async Task<IActionResult> DecideAsync(Guid? row, CancellationToken cancellationToken)
    {
        var outcome = await triage.ExecuteAsync(ExposureIds, ActionValue, Reason, TriageActor.Of(User), cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case TriageOutcome.Triaged triaged:
                SetStatus(Message(triaged));
                return Redirect(LinkTo(PageNumber ?? 1));
            case TriageOutcome.Invalid invalid:
                Errors = invalid.Errors.ToDictionary(e => FieldFor(e.Key, row), e => Messages(e.Key, e.Value), StringComparer.Ordinal);
                break;
            case TriageOutcome.NotFound missing:
                Errors = new Dictionary<string, string[]>(StringComparer.Ordinal)
                {
                    [QueueField] = [$"{missing.Ids.Count} of the exposures chosen are no longer there (a match run may have removed them); nothing was changed."],
                };
                break;
            default:
                throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name);
        }

        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private static string Message(TriageOutcome.Triaged triaged)
    {
        var done = triaged.Action switch
        {
            TriageAction.Confirm => "confirmed",
            TriageAction.FalsePositive => "marked false positive",
            TriageAction.NotApplicable => "marked not applicable",
            _ => "open again",
        };
        if (triaged.Items.Count == 1)
        {
            var item = triaged.Items[0];
            return $"Saved: {item.AssetTag ?? "the device"} / {item.Cve} is {done}.";
        }

        return string.Create(CultureInfo.InvariantCulture, $"Saved: {triaged.Items.Count} exposures are {done}.");
    }

    private static string FieldFor(string key, Guid? row) => (key, row) switch
    {
        (TriageExposures.ActionField, { } id) => ActionId(id),
        (TriageExposures.ReasonField, { } id) => ReasonId(id),
        (TriageExposures.ActionField, null) => BulkActionField,
        (TriageExposures.ReasonField, null) => BulkReasonField,
        (TriageExposures.IdsField, null) => BulkIdsField,
        _ => QueueField,
    };

    private static string[] Messages(string key, string[] messages) => key switch
    {
        TriageExposures.ActionField => ["Choose a decision."],
        TriageExposures.ReasonField => [.. messages.Select(m => "Reason " + m + ".")],
        TriageExposures.IdsField => ["Tick at least one exposure."],
        _ => messages,
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // A hand-edited URL with an unknown confidence shows the whole queue instead of failing the page.
        MatchConfidence? confidence = TriageConfidence.TryParse(Confidence, out var level) ? level : null;
        if (confidence is null)
        {
            Confidence = null;
        }

        var page = Math.Max(1, PageNumber ?? 1);
        Result = await queries.PageAsync(new TriageFilter(Blank(Facility), Blank(Manufacturer), Blank(Cve), confidence), page, PageSize, cancellationToken)
            .ConfigureAwait(false);
        var facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Facilities = facilities.Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToList();
        Manufacturers = await db.Manufacturers.AsNoTracking().OrderBy(m => m.Name).Select(m => m.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
