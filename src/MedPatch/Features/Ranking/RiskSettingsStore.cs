using MedPatch.Core.Risk;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Ranking;

/// <summary>Reads the risk settings each organization ranks with; an organization that saved none uses the defaults.</summary>
public static class RiskSettingsStore
{
    public static async Task<IReadOnlyDictionary<Guid, RiskSettings>> LoadAllAsync(MedPatchDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.RiskSettings.AsNoTracking().Select(s => new { s.OrganizationId, s.SettingsJson }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.OrganizationId, r => RiskSettingsJson.ReadOrDefault(r.SettingsJson));
    }

    public static async Task<RiskSettings> LoadAsync(MedPatchDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        var json = await db.RiskSettings.AsNoTracking().Where(s => s.OrganizationId == organizationId).Select(s => s.SettingsJson)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? RiskSettings.Default : RiskSettingsJson.ReadOrDefault(json);
    }
}
