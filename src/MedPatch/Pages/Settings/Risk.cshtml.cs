using MedPatch.Core.Security;
using MedPatch.Features.Ranking;
using MedPatch.Features.Users;
using MedPatch.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Pages.Settings;

/// <summary>
/// The organization's risk-ranking settings: everyone who may see the inventory reads them and why each has its
/// default; admins change them through <see cref="RiskSettingsEditor"/>, the use case behind
/// <c>PUT /api/v1/risk-settings</c>.
/// </summary>
public sealed class RiskModel(RiskSettingsEditor editor) : FormPageModel
{
    public const string WeightsId = "risk-weights";

    public RiskSettingsView Settings { get; private set; } = null!;

    /// <summary>What each input shows: the stored value, or what was posted when it was refused.</summary>
    public IReadOnlyDictionary<string, string?> Values { get; private set; } = new Dictionary<string, string?>();

    public bool CanWrite => UserClaims.Has(User, Permission.RiskSettingsManage);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        Values = RiskSettingFields.All.ToDictionary(f => f.Name, f => (string?)f.Format(Settings.Settings), StringComparer.Ordinal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The form posts every field; a missing one (a hand-made request) keeps its value rather than failing.
        var posted = RiskSettingFields.All.Where(f => Request.Form.ContainsKey(f.Name))
            .Select(f => new KeyValuePair<string, string?>(f.Name, Request.Form[f.Name].ToString()))
            .ToList();
        var outcome = await editor.SetAsync(null, posted, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case RiskSettingsOutcome.Done done:
                SetStatus(done.Changed ? "Saved the risk settings; the exposures were re-ranked." : "Nothing changed: the values were already saved.");
                return RedirectToPage();
            case RiskSettingsOutcome.Invalid invalid:
                if (!await LoadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return NotFound();
                }

                Errors = invalid.Errors.ToDictionary(e => HtmlId(e.Key), e => e.Value, StringComparer.Ordinal);
                Values = RiskSettingFields.All.ToDictionary<RiskSettingField, string, string?>(
                    f => f.Name, f => posted.FirstOrDefault(p => p.Key == f.Name).Value ?? f.Format(Settings.Settings), StringComparer.Ordinal);
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        var outcome = await editor.ResetAsync(null, cancellationToken).ConfigureAwait(false);
        if (outcome is not RiskSettingsOutcome.Done done)
        {
            return NotFound();
        }

        SetStatus(done.Changed ? "Reset the risk settings to the defaults; the exposures were re-ranked." : "The settings already were the defaults.");
        return RedirectToPage();
    }

    /// <summary>The id of the input an error key belongs to; a problem of all weights points at their group.</summary>
    public static string HtmlId(string field) =>
        RiskSettingFields.Find(field)?.HtmlId ?? (field == RiskSettingFields.Weights ? WeightsId : field);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await editor.GetAsync(null, cancellationToken).ConfigureAwait(false) is not RiskSettingsOutcome.Done done)
        {
            return false;
        }

        Settings = done.Settings;
        return true;
    }
}
