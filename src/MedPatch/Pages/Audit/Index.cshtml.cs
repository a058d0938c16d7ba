using MedPatch.Core.Auditing;
using MedPatch.Core.Security;
using MedPatch.Features.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace MedPatch.Pages.Audit;

/// <summary>
/// The audit trail for auditors: a GET form of filters (actor, entity type, entity id, time range), newest first,
/// paged, with each record's before and after, a CSV export of the same filter, and the chain's verification.
/// </summary>
[Authorize(Policy = "permission:" + nameof(Permission.AuditRead))]
public sealed class IndexModel(AuditQueries queries, AuditVerifier verifier) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity_id")]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "since")]
    public string? Since { get; set; }

    [BindProperty(SupportsGet = true, Name = "until")]
    public string? Until { get; set; }

    // Not "page": Razor Pages keeps the page path in the route value of that name.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public AuditPage Result { get; private set; } = new([], 0, 1, PageSize);

    public AuditVerification? Chain { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Filtered =>
        !string.IsNullOrWhiteSpace(Actor) || !string.IsNullOrWhiteSpace(Entity) || !string.IsNullOrWhiteSpace(EntityId) ||
        !string.IsNullOrWhiteSpace(Since) || !string.IsNullOrWhiteSpace(Until);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (!AuditTime.TryParse(Since, false, out var since))
        {
            errors.Add($"From: '{Since}' is not a date (YYYY-MM-DD) or an ISO 8601 time.");
        }

        if (!AuditTime.TryParse(Until, true, out var until))
        {
            errors.Add($"To: '{Until}' is not a date (YYYY-MM-DD) or an ISO 8601 time.");
        }

        Errors = errors;
        var filter = new AuditFilter { Actor = Actor, EntityType = Entity, EntityId = EntityId, Since = since, Until = until };
        Result = await queries.ListAsync(filter, Math.Max(1, PageNumber ?? 1), PageSize, cancellationToken).ConfigureAwait(false);
        Chain = await verifier.VerifySinceCheckpointAsync(cancellationToken).ConfigureAwait(false);
    }

    public string LinkTo(int page) => QueryHelpers.AddQueryString("/audit", Query(page));

    public string ExportLink => QueryHelpers.AddQueryString("/api/v1/audit/export", Query(null).Append(new("format", "csv")));

    public static string At(AuditRecord record) => AuditExport.Instant(record.At);

    private IEnumerable<KeyValuePair<string, string?>> Query(int? page)
    {
        foreach (var (name, value) in new[] { ("actor", Actor), ("entity", Entity), ("entity_id", EntityId), ("since", Since), ("until", Until) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return new(name, value.Trim());
            }
        }

        if (page is > 1)
        {
            yield return new("p", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
