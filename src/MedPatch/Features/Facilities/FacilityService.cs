using MedPatch.Core.Organizations;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Facilities;

/// <summary>Lists and creates facilities (hospitals and sites) of the health system.</summary>
public sealed class FacilityService(MedPatchDbContext db)
{
    /// <summary>Name given to the organization created with the first facility of an empty database.</summary>
    public const string DefaultOrganizationName = "Health system";

    public async Task<IReadOnlyList<FacilityListItem>> ListAsync(CancellationToken cancellationToken) =>
        await Items(db.Facilities.AsNoTracking().OrderBy(f => f.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);

    public Task<FacilityListItem?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Items(db.Facilities.AsNoTracking().Where(f => f.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<FacilityCreateOutcome> CreateAsync(FacilityRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = request.Name?.Trim();
        var code = string.IsNullOrWhiteSpace(request.Code) ? null : request.Code.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["name is required"];
        }
        else if (name.Length > 200)
        {
            errors["name"] = ["must be at most 200 characters"];
        }

        if (code is { Length: > 50 })
        {
            errors["code"] = ["must be at most 50 characters"];
        }

        if (errors.Count > 0 || name is null)
        {
            return new FacilityCreateOutcome.Invalid(errors);
        }

        // One health system per database for now: facilities join the oldest organization (ids are time-ordered v7).
        var organization = await db.Organizations.OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (organization is null)
        {
            organization = new Organization { Name = DefaultOrganizationName };
            db.Organizations.Add(organization);
        }

        var lowered = name.ToLowerInvariant();
        if (await db.Facilities.AnyAsync(f => f.OrganizationId == organization.Id && f.Name.ToLower() == lowered, cancellationToken).ConfigureAwait(false))
        {
            return new FacilityCreateOutcome.Conflict($"a facility named '{name}' already exists");
        }

        var facility = new Facility { OrganizationId = organization.Id, Name = name, Code = code };
        db.Facilities.Add(facility);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another request created the same name between the check and the insert.
            return new FacilityCreateOutcome.Conflict($"a facility named '{name}' already exists");
        }

        return new FacilityCreateOutcome.Created(new FacilityListItem(facility.Id, organization.Id, facility.Name, facility.Code, 0));
    }

    // Filter and order on the entity first: EF cannot translate either on the projected record.
    private IQueryable<FacilityListItem> Items(IQueryable<Facility> facilities) =>
        from f in facilities
        select new FacilityListItem(f.Id, f.OrganizationId, f.Name, f.Code, db.Devices.Count(d => d.FacilityId == f.Id));
}
