using MedPatch.Core.Devices;
using MedPatch.Core.Matching;
using MedPatch.Core.Organizations;
using MedPatch.Core.Risk;
using MedPatch.Data;
using MedPatch.Features.Ranking;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Exposures;

/// <summary>Reads <see cref="RankingFacts"/> with untracked projections, for a match run or a re-ranking.</summary>
internal sealed class RankingFactsLoader(MedPatchDbContext db, TimeProvider clock)
{
    private Dictionary<Guid, SegmentExposure>? segments;

    /// <summary>The settings and mitigations, which are few; devices and vulnerabilities are added as a run needs them.</summary>
    public async Task<RankingFacts> StartAsync(CancellationToken cancellationToken)
    {
        var settings = await RiskSettingsStore.LoadAllAsync(db, cancellationToken).ConfigureAwait(false);
        var mitigations = await MitigationsAsync(cancellationToken).ConfigureAwait(false);
        return new RankingFacts(settings, mitigations);
    }

    public async Task AddVulnerabilitiesAsync(RankingFacts facts, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !facts.Vulnerabilities.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var (id, v) in await VulnerabilitiesAsync(missing, cancellationToken).ConfigureAwait(false))
            {
                facts.Vulnerabilities[id] = v;
            }
        }
    }

    public async Task AddDevicesAsync(RankingFacts facts, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !facts.Devices.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var (id, d) in await DevicesAsync(missing, cancellationToken).ConfigureAwait(false))
            {
                facts.Devices[id] = d;
            }
        }
    }

    private async Task<Dictionary<Guid, DeviceFacts>> DevicesAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        // Few per organization, and a re-ranking asks for devices chunk after chunk: read once per loader.
        var segments = this.segments ??= await db.NetworkSegments.AsNoTracking().Select(s => new { s.Id, s.Exposure })
            .ToDictionaryAsync(s => s.Id, s => s.Exposure, cancellationToken).ConfigureAwait(false);
        var rows = await db.Devices.AsNoTracking().Where(d => EF.Parameter(ids).Contains(d.Id))
            .Select(d => new { d.Id, d.OrganizationId, d.FacilityId, d.DeviceModelId, d.NetworkSegmentId, d.ClinicalCriticality, d.PatientConnected, d.StoresPhi })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(
            d => d.Id,
            d => new DeviceFacts(
                d.Id, d.OrganizationId, d.FacilityId, d.DeviceModelId,
                d.NetworkSegmentId is { } s ? segments.GetValueOrDefault(s) : SegmentExposure.Unset,
                d.ClinicalCriticality, d.PatientConnected, d.StoresPhi));
    }

    /// <summary>
    /// Adds to <paramref name="facts"/> the stored count of exposed devices per organization, model and
    /// vulnerability, for these vulnerabilities: what a full run would have counted.
    /// </summary>
    public async Task CountStoredAsync(RankingFacts facts, IEnumerable<string> vulnerabilityIds, CancellationToken cancellationToken)
    {
        var ids = vulnerabilityIds.Where(facts.Counted.Add).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var ranked = new[] { ExposureState.Affected, ExposureState.Possible };
        var counts = await db.Exposures.AsNoTracking()
            .Where(e => EF.Parameter(ids).Contains(e.Cve) && ranked.Contains(e.State))
            .Join(db.Devices, e => e.DeviceId, d => d.Id, (e, d) => new { e.OrganizationId, d.DeviceModelId, e.Cve })
            .GroupBy(x => new { x.OrganizationId, x.DeviceModelId, x.Cve })
            .Select(g => new { g.Key.OrganizationId, g.Key.DeviceModelId, g.Key.Cve, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var c in counts)
        {
            facts.ExposedPerModel[(c.OrganizationId, c.DeviceModelId, c.Cve)] = c.Count;
        }
    }

    private async Task<Dictionary<Guid, List<(string? Cve, MitigationEffect Effect)>>> MitigationsAsync(CancellationToken cancellationToken)
    {
        // Only controls that count today are read: few per hospital, so all of them at once.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await db.MitigationDevices.AsNoTracking()
            .Join(db.Mitigations.Where(m => m.Active && m.VerifiedAt != null && m.Effect != MitigationEffect.None && (m.ReviewBy == null || m.ReviewBy >= today)), md => md.MitigationId, m => m.Id, (md, m) => new { md.DeviceId, m.Cve, m.Effect })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.DeviceId).ToDictionary(g => g.Key, g => g.Select(r => (r.Cve, r.Effect)).ToList());
    }

    private async Task<Dictionary<string, VulnerabilityFacts>> VulnerabilitiesAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Vulnerabilities.AsNoTracking()
            .Where(v => EF.Parameter(ids).Contains(v.CveId))
            .Select(v => new
            {
                v.Id,
                v.CveId,
                v.InKev,
                v.EpssScore,
                v.EpssPercentile,
                v.CvssV4Vector,
                v.CvssV4Score,
                v.CvssV3Vector,
                v.CvssV3Score,
                v.CvssV2Vector,
                v.CvssV2Score,
                v.SsvcExploitation,
                v.SsvcAutomatable,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(
            v => v.CveId,
            v =>
            {
                // The newest CVSS version known decides, with its own score.
                var (vector, score) = v.CvssV4Vector is not null ? (v.CvssV4Vector, v.CvssV4Score)
                    : v.CvssV3Vector is not null ? (v.CvssV3Vector, v.CvssV3Score)
                    : (v.CvssV2Vector, v.CvssV2Score);
                return new VulnerabilityFacts(v.Id, v.CveId, v.InKev, v.EpssScore, v.EpssPercentile, vector, score is { } s ? (double)s : null, v.SsvcExploitation, v.SsvcAutomatable);
            },
            StringComparer.Ordinal);
    }
}
