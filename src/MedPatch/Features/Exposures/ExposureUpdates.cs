using MedPatch.Data;
using MedPatch.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Exposures;

/// <summary>
/// Keeps the stored exposures current after something they depend on changed, touching only what the change can
/// reach. Every writer of matching or ranking inputs calls one of these after its own transaction committed, so a
/// failed update never undoes the change itself and <c>medpatch match --full</c> can always repair the exposures;
/// the tests hold every path equal to a full run.
/// </summary>
public sealed class ExposureUpdates(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
    /// <summary>Above this many devices one full run is cheaper than naming them all.</summary>
    private const int MaxNamedDevices = 20_000;

    private MatchService Matching => new(db, clock, audit);

    /// <summary>
    /// Advisories were imported or revised: re-match every vulnerability they name now, every vulnerability they
    /// named before (a revision may drop one) and the advisory ids themselves (vulnerabilities without a CVE).
    /// </summary>
    public async Task<MatchRunResult?> AfterAdvisoriesAsync(IReadOnlyCollection<string> trackingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trackingIds);
        if (trackingIds.Count == 0 || !await AnythingToMatchAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var ids = trackingIds.ToList();
        var advisories = db.Advisories.Where(a => EF.Parameter(ids).Contains(a.TrackingId)).Select(a => a.Id);
        var named = await db.AdvisoryVulnerabilities.Where(av => advisories.Contains(av.AdvisoryId))
            .Join(db.Vulnerabilities, av => av.VulnerabilityId, v => v.Id, (av, v) => v.CveId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var stated = await db.AffectedStatements.Where(s => advisories.Contains(s.AdvisoryId) && s.CveId != null).Select(s => s.CveId!).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var before = await db.Exposures.Where(e => EF.Parameter(ids).Contains(e.AdvisoryTrackingId)).Select(e => e.Cve).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var vulnerabilities = ids.Concat(named).Concat(stated).Concat(before).ToHashSet(StringComparer.Ordinal);
        return await Matching.RunAsync(new MatchScope.Vulnerabilities(vulnerabilities), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Devices were created, changed, imported, retired or deleted: re-match those devices.</summary>
    public async Task<MatchRunResult?> AfterDevicesAsync(IReadOnlyCollection<Guid> deviceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deviceIds);
        if (deviceIds.Count == 0 || !await AnythingToMatchAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return await Matching.RunAsync(deviceIds.Count > MaxNamedDevices ? new MatchScope.Everything() : new MatchScope.Devices(deviceIds), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A model changed (name, model numbers, support dates): re-match the devices of its manufacturer, since a
    /// statement that named a sibling model may now resolve to this one.
    /// </summary>
    public async Task<MatchRunResult?> AfterModelAsync(Guid modelId, CancellationToken cancellationToken)
    {
        var manufacturer = await db.DeviceModels.Where(m => m.Id == modelId).Select(m => (Guid?)m.ManufacturerId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var devices = manufacturer is null ? [] : await db.Devices
            .Where(d => db.DeviceModels.Any(m => m.Id == d.DeviceModelId && m.ManufacturerId == manufacturer))
            .Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await AfterDevicesAsync(devices, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A model got a new SBOM: re-match the devices of that model.</summary>
    public async Task<MatchRunResult?> AfterSbomAsync(Guid modelId, CancellationToken cancellationToken)
    {
        var devices = await db.Devices.Where(d => d.DeviceModelId == modelId).Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await AfterDevicesAsync(devices, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Manufacturer names or aliases changed: any statement may now resolve differently.</summary>
    public async Task<MatchRunResult?> AfterCatalogAsync(CancellationToken cancellationToken) =>
        await AnythingToMatchAsync(cancellationToken).ConfigureAwait(false) ? await Matching.RunFullAsync(cancellationToken).ConfigureAwait(false) : null;

    /// <summary>Ranking inputs changed without touching what matches: re-rank the exposures in scope; returns how many changed.</summary>
    public async Task<int> RerankAsync(RerankScope scope, CancellationToken cancellationToken) =>
        await db.Exposures.AnyAsync(cancellationToken).ConfigureAwait(false) ? await Matching.RerankAsync(scope, cancellationToken).ConfigureAwait(false) : 0;

    /// <summary>Without statements and stored exposures there is nothing to match or remove; inventory work stays cheap.</summary>
    private async Task<bool> AnythingToMatchAsync(CancellationToken cancellationToken) =>
        await db.AffectedStatements.AnyAsync(cancellationToken).ConfigureAwait(false) || await db.Exposures.AnyAsync(cancellationToken).ConfigureAwait(false);
}
