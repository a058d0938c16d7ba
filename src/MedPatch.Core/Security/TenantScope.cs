namespace MedPatch.Core.Security;

/// <summary>
/// Whose data the current caller may see: one organization, optionally only some of its facilities. The data layer
/// filters every tenant-owned table by it, so a forgotten check in a feature cannot leak another tenant's rows.
/// The command line works as the operator, unrestricted.
/// </summary>
public sealed class TenantScope
{
    public Guid? OrganizationId { get; private set; }

    /// <summary>Null: every facility of the organization.</summary>
    public IReadOnlyList<Guid>? FacilityIds { get; private set; }

    public bool IsUnrestricted => OrganizationId is null;

    public static TenantScope Unrestricted() => new();

    public static TenantScope For(Guid organizationId, IReadOnlyList<Guid>? facilityIds = null)
    {
        var scope = new TenantScope();
        scope.Restrict(organizationId, facilityIds);
        return scope;
    }

    public void Restrict(Guid organizationId, IReadOnlyList<Guid>? facilityIds)
    {
        OrganizationId = organizationId;
        FacilityIds = facilityIds is { Count: > 0 } ? facilityIds : null;
    }

    public bool AllowsFacility(Guid facilityId) => FacilityIds is null || FacilityIds.Contains(facilityId);
}
