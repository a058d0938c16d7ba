using System.Security.Claims;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Web.Security;

/// <summary>The optional facilities claim (names, codes or ids) to the user's facility limits.</summary>
public static class OidcFacilityMapping
{
    /// <summary>Null when no facilities claim is configured (limits are then managed in MedPatch); else the matches.</summary>
    public static async Task<IReadOnlyList<Guid>?> MapAsync(
        ClaimsPrincipal external, OidcOptions settings, MedPatchDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.AllowedFacilitiesClaim))
        {
            return null;
        }

        var values = external.FindAll(settings.AllowedFacilitiesClaim).Select(c => c.Value.Trim()).Where(v => v.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (values.Count == 0)
        {
            return [];
        }

        var facilities = await db.Facilities.IgnoreQueryFilters()
            .Where(f => f.OrganizationId == organizationId)
            .Select(f => new { f.Id, f.Name, f.Code })
            .ToListAsync(cancellationToken);
        return facilities
            .Where(f => values.Contains(f.Name) || (f.Code != null && values.Contains(f.Code)) || values.Contains(f.Id.ToString()))
            .Select(f => f.Id)
            .ToList();
    }
}
