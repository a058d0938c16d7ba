using MedPatch.Core.Risk;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Ranking;

/// <summary>
/// Reads and changes an organization's risk settings for the command line, the API and the settings page. The save
/// goes through the context, so the audit trail records the stored JSON before and after; the organization's
/// exposures are re-ranked once the change is committed.
/// </summary>
public sealed class RiskSettingsEditor(MedPatchDbContext db, AuditContext audit, TimeProvider clock, ExposureUpdates updates)
{
    /// <summary>The query parameter (and error key) naming the organization, for callers that belong to none.</summary>
    public const string OrganizationField = "organization";

    /// <summary>The organization's effective settings; <paramref name="organizationId"/> defaults to the caller's.</summary>
    public async Task<RiskSettingsOutcome> GetAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var (outcome, target) = await ResolveAsync(organizationId, cancellationToken).ConfigureAwait(false);
        if (target is not { } organization)
        {
            return outcome!;
        }

        var row = await db.RiskSettings.AsNoTracking().FirstOrDefaultAsync(s => s.OrganizationId == organization.Id, cancellationToken).ConfigureAwait(false);
        return new RiskSettingsOutcome.Done(View(organization, row), Changed: false);
    }

    /// <summary>
    /// Changes the named settings (name → value as text) and keeps the others; nothing is stored unless every value
    /// is valid and the result passes <see cref="RiskSettings.Validate"/>.
    /// </summary>
    public async Task<RiskSettingsOutcome> SetAsync(Guid? organizationId, IEnumerable<KeyValuePair<string, string?>> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var (outcome, target) = await ResolveAsync(organizationId, cancellationToken).ConfigureAwait(false);
        if (target is not { } organization)
        {
            return outcome!;
        }

        var row = await db.RiskSettings.FirstOrDefaultAsync(s => s.OrganizationId == organization.Id, cancellationToken).ConfigureAwait(false);
        var current = row is null ? RiskSettings.Default : RiskSettingsJson.ReadOrDefault(row.SettingsJson);
        var (settings, errors) = RiskSettingFields.Apply(current, changes);
        if (settings is null)
        {
            return new RiskSettingsOutcome.Invalid(errors);
        }

        var json = RiskSettingsJson.Write(settings);
        if (settings == current)
        {
            return new RiskSettingsOutcome.Done(View(organization, row), Changed: false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (row is null)
        {
            row = new OrganizationRiskSettings { OrganizationId = organization.Id, SettingsJson = json, UpdatedBy = audit.Actor, UpdatedAt = now };
            db.RiskSettings.Add(row);
        }
        else
        {
            row.SettingsJson = json;
            row.UpdatedBy = audit.Actor;
            row.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await updates.RerankAsync(new RerankScope.Organization(organization.Id), cancellationToken).ConfigureAwait(false);
        return new RiskSettingsOutcome.Done(View(organization, row), Changed: true);
    }

    /// <summary>Back to the defaults: the stored row is deleted (and audited as such).</summary>
    public async Task<RiskSettingsOutcome> ResetAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var (outcome, target) = await ResolveAsync(organizationId, cancellationToken).ConfigureAwait(false);
        if (target is not { } organization)
        {
            return outcome!;
        }

        var row = await db.RiskSettings.FirstOrDefaultAsync(s => s.OrganizationId == organization.Id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return new RiskSettingsOutcome.Done(View(organization, null), Changed: false);
        }

        var wasDefault = RiskSettingsJson.ReadOrDefault(row.SettingsJson) == RiskSettings.Default;
        db.RiskSettings.Remove(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (!wasDefault)
        {
            await updates.RerankAsync(new RerankScope.Organization(organization.Id), cancellationToken).ConfigureAwait(false);
        }

        return new RiskSettingsOutcome.Done(View(organization, null), Changed: true);
    }

    private static RiskSettingsView View(OrganizationName organization, OrganizationRiskSettings? row) =>
        row is null
            ? RiskSettingsView.Of(organization.Id, organization.Name, RiskSettings.Default, null, null)
            : RiskSettingsView.Of(organization.Id, organization.Name, RiskSettingsJson.ReadOrDefault(row.SettingsJson), row.UpdatedBy, row.UpdatedAt);

    /// <summary>
    /// The organization asked for, or the caller's own. The tenant filter hides every other organization from a
    /// user, so naming another one is the same 404 as naming none that exists.
    /// </summary>
    private async Task<(RiskSettingsOutcome? Outcome, OrganizationName? Organization)> ResolveAsync(Guid? requested, CancellationToken cancellationToken)
    {
        var id = requested ?? (db.Tenant.OrganizationId is { } own && own != Guid.Empty ? own : null);
        if (id is null)
        {
            return (new RiskSettingsOutcome.OrganizationRequired(), null);
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == id.Value).Select(o => new OrganizationName(o.Id, o.Name))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return organization is null ? (new RiskSettingsOutcome.NotFound(), null) : (null, organization);
    }

    private sealed record OrganizationName(Guid Id, string Name);
}
