using MedPatch.Core.Security;
using MedPatch.Features.Intelligence.Api;
using MedPatch.Features.Mitigations;
using MedPatch.Features.Users;
using MedPatch.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Pages.Mitigations;

/// <summary>
/// Mitigations with forms to record one on devices by asset tag, verify it and end it, through
/// <see cref="MitigationEditor"/>, the use case behind <c>/api/v1/mitigations</c>.
/// </summary>
public sealed class IndexModel(MitigationQueries queries, MitigationEditor editor) : FormPageModel
{
    public IReadOnlyList<MitigationListItem> Items { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "device")]
    public string? DeviceFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "cve")]
    public string? CveFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "active")]
    public bool ActiveOnly { get; set; }

    [BindProperty(Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(Name = "effect")]
    public string? Effect { get; set; }

    [BindProperty(Name = "description")]
    public string? Description { get; set; }

    /// <summary>Asset tags separated by commas, spaces or lines.</summary>
    [BindProperty(Name = "asset_tags")]
    public string? AssetTags { get; set; }

    [BindProperty(Name = "new_cve")]
    public string? Cve { get; set; }

    [BindProperty(Name = "review_by")]
    public string? ReviewBy { get; set; }

    [BindProperty(Name = "verified_by")]
    public string? VerifiedBy { get; set; }

    [BindProperty(Name = "mitigation_id")]
    public Guid? MitigationId { get; set; }

    public bool CanWrite => UserClaims.Has(User, Permission.ExposureTriage);

    /// <summary>The add form names its CVE input apart from the filter's; the use case's "cve" error belongs to it.</summary>
    public static string AddFieldId(string field) => field switch
    {
        "cve" => "new_cve",
        "device_ids" => "asset_tags",
        _ => field,
    };

    /// <summary>Each row's verify form has its own inputs, so their ids and errors carry the mitigation's id.</summary>
    public static string RowFieldId(string field, Guid id) => $"{field}-{id:N}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var tags = (AssetTags ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var outcome = await editor.AddAsync(
            new NewMitigation { Kind = Kind, Effect = Effect, Description = Description, AssetTags = tags, Cve = Cve, ReviewBy = ReviewBy, VerifiedBy = VerifiedBy },
            cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case MitigationOutcome.Done done:
                SetStatus($"Recorded the mitigation on {string.Join(", ", done.Mitigation.Devices.Select(d => d.Label))}.");
                return RedirectToPage();
            case MitigationOutcome.Invalid invalid:
                Errors = invalid.Errors.ToDictionary(e => AddFieldId(e.Key), e => e.Value, StringComparer.Ordinal);
                await LoadAsync(cancellationToken).ConfigureAwait(false);
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        if (MitigationId is not { } id)
        {
            return NotFound();
        }

        var outcome = await editor.VerifyAsync(id, new VerifyMitigation { VerifiedBy = VerifiedBy, ReviewBy = ReviewBy }, cancellationToken).ConfigureAwait(false);
        return await AfterRowAsync(id, outcome, done => $"Verified by {done.Mitigation.VerifiedBy}: it counts for ranking.", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken)
    {
        if (MitigationId is not { } id)
        {
            return NotFound();
        }

        var outcome = await editor.EndAsync(id, cancellationToken).ConfigureAwait(false);
        return await AfterRowAsync(id, outcome, done => done.Changed ? "Ended the mitigation; it no longer counts." : "That mitigation had already ended.", cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<IActionResult> AfterRowAsync(Guid id, MitigationOutcome outcome, Func<MitigationOutcome.Done, string> success, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case MitigationOutcome.Done done:
                SetStatus(success(done));
                return RedirectToPage();
            case MitigationOutcome.Invalid invalid:
                Errors = invalid.Errors.ToDictionary(e => RowFieldId(e.Key, id), e => e.Value, StringComparer.Ordinal);
                break;
            case MitigationOutcome.Conflict conflict:
                Errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [RowFieldId("verified_by", id)] = [conflict.Message] };
                break;
            default:
                return NotFound();
        }

        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // A malformed CVE in the filter lists nothing rather than everything.
        var cve = string.IsNullOrWhiteSpace(CveFilter) ? null : CveIds.Normalize(CveFilter) ?? CveFilter.Trim();
        Items = await queries.ListAsync(new MitigationFilter(DeviceFilter, cve, ActiveOnly ? true : null), cancellationToken).ConfigureAwait(false);
    }
}
