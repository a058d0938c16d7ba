using MedPatch.Core.Devices;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Matching;
using MedPatch.Core.Organizations;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Exposures;

/// <summary>
/// Reads the engine's inputs with untracked projections: the catalog, the devices the context's tenant scope shows
/// (all of them for the operator), the current affected statements with their fixes, and current SBOM components,
/// narrowed to the devices or vulnerabilities of the <see cref="MatchScope"/>.
/// </summary>
internal sealed class MatchInputLoader(MedPatchDbContext db, TimeProvider clock)
{
    public async Task<MatchInputs> LoadAsync(MatchScope scope, CancellationToken cancellationToken)
    {
        var catalog = await CatalogAsync(cancellationToken).ConfigureAwait(false);
        var (statements, advisoryIds) = await StatementsAsync((scope as MatchScope.Vulnerabilities)?.Ids, cancellationToken).ConfigureAwait(false);
        var components = (await db.SbomComponents.AsNoTracking()
            .Join(db.Sboms.Where(s => s.IsCurrent), c => c.SbomId, s => s.Id, (c, s) => new { s.DeviceModelId, s.ModelVersion, c.Name, c.Version, c.Purl, c.Cpe })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(c => new MatchSbomComponent(c.DeviceModelId, c.ModelVersion, c.Name, c.Version, c.Purl, c.Cpe)).ToList();

        // Some vulnerabilities' statements reach only the devices of the models they can name: the rest of the
        // inventory is not read, which keeps an advisory import's update proportional to what it touches.
        var models = scope is MatchScope.Vulnerabilities ? MatchEngine.ReachableModels(catalog, statements, components) : null;
        var (devices, facts) = await DevicesAsync(catalog, (scope as MatchScope.Devices)?.Ids, models, cancellationToken).ConfigureAwait(false);
        return new MatchInputs(catalog, devices, statements, components, facts, advisoryIds);
    }

    private async Task<MatchCatalog> CatalogAsync(CancellationToken cancellationToken)
    {
        var manufacturers = await db.Manufacturers.AsNoTracking().Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var aliases = (await db.ManufacturerAliases.AsNoTracking().Select(a => new { a.ManufacturerId, a.Name }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(a => a.ManufacturerId, a => a.Name);
        var models = await db.DeviceModels.AsNoTracking()
            .Select(m => new { m.Id, m.ManufacturerId, m.Name, m.ModelNumbers, m.EndOfSupport })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new MatchCatalog(
            [.. manufacturers.Select(m => new MatchManufacturer(m.Id, m.Name, [.. aliases[m.Id]]))],
            [.. models.Select(m => new MatchModel(m.Id, m.ManufacturerId, m.Name, m.ModelNumbers, [], [], m.EndOfSupport))]);
    }

    private async Task<(List<MatchDevice> Devices, Dictionary<Guid, DeviceFacts> Facts)> DevicesAsync(
        MatchCatalog catalog, IReadOnlyCollection<Guid>? ids, IReadOnlySet<Guid>? models, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var modelEnd = catalog.Models.ToDictionary(m => m.Id, m => m.EndOfSupport);
        var segments = await db.NetworkSegments.AsNoTracking().Select(s => new { s.Id, s.Exposure })
            .ToDictionaryAsync(s => s.Id, s => s.Exposure, cancellationToken).ConfigureAwait(false);

        // Retired devices are gone from the floor: they are exposed to nothing.
        var query = db.Devices.AsNoTracking().Where(d => d.InService != InServiceState.Retired);
        if (ids is not null)
        {
            var list = ids.ToList();
            query = query.Where(d => EF.Parameter(list).Contains(d.Id));
        }

        if (models is not null)
        {
            var list = models.ToList();
            query = query.Where(d => EF.Parameter(list).Contains(d.DeviceModelId));
        }

        var rows = await query
            .Select(d => new
            {
                d.Id,
                d.OrganizationId,
                d.FacilityId,
                d.DeviceModelId,
                d.SoftwareVersion,
                d.EndOfSupport,
                d.NetworkSegmentId,
                d.ClinicalCriticality,
                d.PatientConnected,
                d.StoresPhi,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var devices = new List<MatchDevice>(rows.Count);
        var facts = new Dictionary<Guid, DeviceFacts>(rows.Count);
        foreach (var d in rows)
        {
            var end = d.EndOfSupport ?? modelEnd.GetValueOrDefault(d.DeviceModelId);
            devices.Add(new MatchDevice(d.Id, d.DeviceModelId, string.IsNullOrWhiteSpace(d.SoftwareVersion) ? null : d.SoftwareVersion, end is { } date && date < today));
            var segment = d.NetworkSegmentId is { } id ? segments.GetValueOrDefault(id) : SegmentExposure.Unset;
            facts[d.Id] = new DeviceFacts(d.Id, d.OrganizationId, d.FacilityId, d.DeviceModelId, segment, d.ClinicalCriticality, d.PatientConnected, d.StoresPhi);
        }

        return (devices, facts);
    }

    private async Task<(List<MatchStatement> Statements, Dictionary<string, Guid> AdvisoryIds)> StatementsAsync(IReadOnlyCollection<string>? vulnerabilityIds, CancellationToken cancellationToken)
    {
        // Stored statements are those of each advisory's current revision already. A vulnerability without a CVE
        // goes by the id of the advisory that describes it.
        var statementQuery = db.AffectedStatements.AsNoTracking();
        var fixQuery = db.Remediations.AsNoTracking();
        if (vulnerabilityIds is not null)
        {
            var ids = vulnerabilityIds.ToList();
            var advisories = db.Advisories.Where(a => EF.Parameter(ids).Contains(a.TrackingId)).Select(a => a.Id);
            statementQuery = statementQuery.Where(s => s.CveId != null ? EF.Parameter(ids).Contains(s.CveId) : advisories.Contains(s.AdvisoryId));
            fixQuery = fixQuery.Where(r => r.CveId == null || EF.Parameter(ids).Contains(r.CveId));
        }

        var rows = await statementQuery
            .Join(db.Advisories, s => s.AdvisoryId, a => a.Id, (s, a) => new
            {
                a.TrackingId,
                a.CurrentVersion,
                s.AdvisoryId,
                s.CveId,
                s.ProductKey,
                s.Vendor,
                s.Product,
                s.ProductName,
                s.Version,
                s.VersionRange,
                s.VersionRaw,
                s.ModelNumbers,
                s.Cpe,
                s.Purl,
                s.Status,
                s.Justification,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var fixes = (await fixQuery.Where(r => r.Category == "vendor_fix")
            .Select(r => new { r.AdvisoryId, r.CveId, r.ProductKey }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(r => (r.AdvisoryId, r.CveId, r.ProductKey)).ToHashSet();
        var fixedVersions = rows.Where(s => s.Status == "fixed")
            .GroupBy(s => (s.AdvisoryId, s.CveId, MatchStatements.ProductKey(s.Vendor, s.Product)))
            .ToDictionary(g => g.Key, g => g.Select(s => MatchStatements.FixedVersion(s.Version, s.VersionRange)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList());

        var statements = new List<MatchStatement>(rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var advisoryIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var s in rows)
        {
            var vulnerability = s.CveId ?? s.TrackingId;
            var id = $"{s.TrackingId}/{vulnerability}/{s.ProductKey}";
            if (Status(s.Status) is not { } status || !seen.Add(id))
            {
                continue;
            }

            advisoryIds[s.TrackingId] = s.AdvisoryId;
            var fixedVersion = status is AffectedStatus.Affected or AffectedStatus.UnderInvestigation
                && fixedVersions.TryGetValue((s.AdvisoryId, s.CveId, MatchStatements.ProductKey(s.Vendor, s.Product)), out var versions) && versions.Count == 1
                    ? versions[0]
                    : null;
            statements.Add(new MatchStatement(
                id, vulnerability, s.TrackingId, s.CurrentVersion, s.Vendor, s.Product, s.ProductName, s.Version, s.VersionRange, s.VersionRaw,
                s.ModelNumbers, s.Cpe, s.Purl, status, s.Justification, fixedVersion,
                fixes.Contains((s.AdvisoryId, s.CveId, s.ProductKey)) || fixes.Contains((s.AdvisoryId, s.CveId, null))));
        }

        statements.AddRange(await SbomVexAsync(vulnerabilityIds, cancellationToken).ConfigureAwait(false));
        return (statements, advisoryIds);
    }

    /// <summary>
    /// The VEX analyses of current SBOMs as statements about their model (and model version, when the SBOM names
    /// one): the manufacturer's word that this product is, or is not, affected through the component.
    /// </summary>
    private async Task<List<MatchStatement>> SbomVexAsync(IReadOnlyCollection<string>? vulnerabilityIds, CancellationToken cancellationToken)
    {
        var query = db.VexStatements.AsNoTracking().Where(v => v.SbomId != null);
        if (vulnerabilityIds is not null)
        {
            var ids = vulnerabilityIds.ToList();
            query = query.Where(v => EF.Parameter(ids).Contains(v.VulnerabilityRef));
        }

        var rows = await query
            .Join(db.Sboms.Where(s => s.IsCurrent), v => v.SbomId, s => (Guid?)s.Id, (v, s) => new { v.Id, v.VulnerabilityRef, v.ProductRef, v.Status, v.Justification, Sbom = s.Id, s.DeviceModelId, s.ModelVersion })
            .Join(db.DeviceModels, x => x.DeviceModelId, m => m.Id, (x, m) => new { x.Id, x.VulnerabilityRef, x.ProductRef, x.Status, x.Justification, x.Sbom, x.ModelVersion, Model = m.Name, m.ManufacturerId })
            .Join(db.Manufacturers, x => x.ManufacturerId, m => m.Id, (x, m) => new { x.Id, x.VulnerabilityRef, x.ProductRef, x.Status, x.Justification, x.Sbom, x.ModelVersion, x.Model, Manufacturer = m.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var statements = new List<MatchStatement>(rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in rows.OrderBy(r => r.Id))
        {
            if (Status(v.Status) is not { } status || !seen.Add($"{v.Sbom:N}/{v.VulnerabilityRef}/{v.ProductRef}"))
            {
                continue;
            }

            var advisory = $"SBOM {v.Manufacturer} {v.Model}{(v.ModelVersion is null ? string.Empty : " " + v.ModelVersion)}";
            statements.Add(new MatchStatement(
                $"sbom:{v.Sbom:N}/{v.VulnerabilityRef}/{v.ProductRef}", v.VulnerabilityRef, advisory, null, v.Manufacturer, v.Model, v.Model,
                v.ModelVersion, null, v.ModelVersion, [], null, null, status, v.Justification, null, false,
                Note: v.ProductRef is null ? null : $"VEX of the model's SBOM for component {v.ProductRef}"));
        }

        return statements;
    }

    private static AffectedStatus? Status(string status) => status switch
    {
        "affected" => AffectedStatus.Affected,
        "not_affected" => AffectedStatus.NotAffected,
        "fixed" => AffectedStatus.Fixed,
        "under_investigation" => AffectedStatus.UnderInvestigation,
        "recommended" => AffectedStatus.Recommended,
        _ => null,
    };
}
