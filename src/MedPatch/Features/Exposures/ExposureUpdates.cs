using MedPatch.Data;
using MedPatch.Features.Auditing;

namespace MedPatch.Features.Exposures;

/// <summary>
/// Keeps the stored exposures current after something they depend on changed. Every writer of matching or ranking
/// inputs calls one of these after its own transaction committed, so a failed update never undoes the change
/// itself and <c>medpatch match --full</c> can always repair the exposures.
/// </summary>
public sealed class ExposureUpdates(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
    /// <summary>Advisories were imported: re-match the vulnerabilities ("CVE-…" or an advisory id) whose statements changed.</summary>
    public Task AfterStatementsAsync(IReadOnlyCollection<string> vulnerabilityIds, CancellationToken cancellationToken) =>
        vulnerabilityIds.Count == 0 ? Task.CompletedTask : FullAsync(cancellationToken);

    /// <summary>Devices were created, changed, imported or deleted: re-match those devices.</summary>
    public Task AfterDevicesAsync(IReadOnlyCollection<Guid> deviceIds, CancellationToken cancellationToken) =>
        deviceIds.Count == 0 ? Task.CompletedTask : FullAsync(cancellationToken);

    /// <summary>A model changed (model numbers, support dates) or got an SBOM: re-match its devices.</summary>
    public Task AfterModelAsync(Guid modelId, CancellationToken cancellationToken) => FullAsync(cancellationToken);

    /// <summary>Manufacturer names or aliases changed: any statement may now resolve differently.</summary>
    public Task AfterCatalogAsync(CancellationToken cancellationToken) => FullAsync(cancellationToken);

    /// <summary>Ranking inputs changed without touching what matches: re-rank the exposures in scope.</summary>
    public Task RerankAsync(RerankScope scope, CancellationToken cancellationToken) => FullAsync(cancellationToken);

    private Task FullAsync(CancellationToken cancellationToken) => new MatchService(db, clock, audit).RunFullAsync(cancellationToken);
}
