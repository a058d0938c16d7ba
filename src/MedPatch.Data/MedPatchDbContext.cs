using MedPatch.Core.Auditing;
using MedPatch.Core.Devices;
using MedPatch.Core.Exposures;
using MedPatch.Core.Intelligence;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Mitigations;
using MedPatch.Core.Organizations;
using MedPatch.Core.Risk;
using MedPatch.Core.Security;
using MedPatch.Data.Conventions;
using MedPatch.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Data;

/// <summary>
/// The one database context. Tenant-owned tables are filtered by the caller's <see cref="TenantScope"/>; the
/// manufacturer and model catalog is shared by all tenants (it describes products, not hospitals).
/// </summary>
public sealed class MedPatchDbContext : IdentityDbContext<MedPatchUser, IdentityRole<Guid>, Guid>
{
    private readonly TenantScope tenant;

    public MedPatchDbContext(DbContextOptions<MedPatchDbContext> options, TenantScope tenant)
        : base(options)
    {
        this.tenant = tenant;
    }

    /// <summary>For tools and tests that work as the operator: no tenant filter.</summary>
    public MedPatchDbContext(DbContextOptions<MedPatchDbContext> options)
        : this(options, TenantScope.Unrestricted())
    {
    }

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<NetworkSegment> NetworkSegments => Set<NetworkSegment>();
    public DbSet<Manufacturer> Manufacturers => Set<Manufacturer>();
    public DbSet<ManufacturerAlias> ManufacturerAliases => Set<ManufacturerAlias>();
    public DbSet<NotificationChannel> NotificationChannels => Set<NotificationChannel>();
    public DbSet<DeviceModel> DeviceModels => Set<DeviceModel>();
    public DbSet<Device> Devices => Set<Device>();
    public DbSet<UserFacility> UserFacilities => Set<UserFacility>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<Vulnerability> Vulnerabilities => Set<Vulnerability>();
    public DbSet<Advisory> Advisories => Set<Advisory>();
    public DbSet<AdvisoryRevisionDocument> AdvisoryRevisions => Set<AdvisoryRevisionDocument>();
    public DbSet<AdvisoryVulnerability> AdvisoryVulnerabilities => Set<AdvisoryVulnerability>();
    public DbSet<CatalogAffectedStatement> AffectedStatements => Set<CatalogAffectedStatement>();
    public DbSet<Remediation> Remediations => Set<Remediation>();
    public DbSet<AdvisoryChange> AdvisoryChanges => Set<AdvisoryChange>();
    public DbSet<KevCatalogRelease> KevCatalogReleases => Set<KevCatalogRelease>();
    public DbSet<EpssScoreEntry> EpssScores => Set<EpssScoreEntry>();
    public DbSet<EpssRelease> EpssReleases => Set<EpssRelease>();
    public DbSet<DeviceSbom> Sboms => Set<DeviceSbom>();
    public DbSet<DeviceSbomComponent> SbomComponents => Set<DeviceSbomComponent>();
    public DbSet<DeviceSbomDependency> SbomDependencies => Set<DeviceSbomDependency>();
    public DbSet<CatalogVexStatement> VexStatements => Set<CatalogVexStatement>();
    public DbSet<Exposure> Exposures => Set<Exposure>();
    public DbSet<Mitigation> Mitigations => Set<Mitigation>();
    public DbSet<MitigationDevice> MitigationDevices => Set<MitigationDevice>();
    public DbSet<OrganizationRiskSettings> RiskSettings => Set<OrganizationRiskSettings>();

    public TenantScope Tenant => tenant;

    // Read by the query filters on every query, so one context follows the scope it was given.
    private Guid? TenantOrganizationId => tenant.OrganizationId;

    private List<Guid>? TenantFacilityIds => tenant.FacilityIds?.ToList();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MedPatchDbContext).Assembly);

        builder.Entity<Organization>().HasQueryFilter(o => TenantOrganizationId == null || o.Id == TenantOrganizationId);
        builder.Entity<Facility>().HasQueryFilter(f =>
            TenantOrganizationId == null || (f.OrganizationId == TenantOrganizationId && (TenantFacilityIds == null || TenantFacilityIds.Contains(f.Id))));
        builder.Entity<NetworkSegment>().HasQueryFilter(s => TenantOrganizationId == null || s.OrganizationId == TenantOrganizationId);
        builder.Entity<Device>().HasQueryFilter(d =>
            TenantOrganizationId == null || (d.OrganizationId == TenantOrganizationId && (TenantFacilityIds == null || TenantFacilityIds.Contains(d.FacilityId))));
        builder.Entity<Exposure>().HasQueryFilter(e =>
            TenantOrganizationId == null || (e.OrganizationId == TenantOrganizationId && (TenantFacilityIds == null || TenantFacilityIds.Contains(e.FacilityId))));
        builder.Entity<Mitigation>().HasQueryFilter(m => TenantOrganizationId == null || m.OrganizationId == TenantOrganizationId);
        builder.Entity<MitigationDevice>().HasQueryFilter(m => TenantOrganizationId == null || m.OrganizationId == TenantOrganizationId);
        builder.Entity<OrganizationRiskSettings>().HasQueryFilter(s => TenantOrganizationId == null || s.OrganizationId == TenantOrganizationId);
        builder.Entity<ApiToken>().HasQueryFilter(t => TenantOrganizationId == null || t.OrganizationId == TenantOrganizationId);
        builder.Entity<AuditRecord>().HasQueryFilter(a => TenantOrganizationId == null || a.OrganizationId == TenantOrganizationId);
        builder.Entity<MedPatchUser>().HasQueryFilter(u => TenantOrganizationId == null || u.OrganizationId == TenantOrganizationId);

        SnakeCaseNames.Apply(builder);
    }
}
