using MedPatch.Core.Devices;
using MedPatch.Core.Exposures;
using MedPatch.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedPatch.Data.Configurations;

// Exposures are derived from the inventory and the catalog: a device's exposures go with it, and the catalog rows
// they cite are replaced by every new advisory revision, so those are kept as ids and text, not foreign keys.
internal sealed class ExposureConfiguration : IEntityTypeConfiguration<Exposure>
{
    public void Configure(EntityTypeBuilder<Exposure> builder)
    {
        builder.ToTable("Exposures");
        builder.Property(e => e.Cve).HasMaxLength(200);
        builder.Property(e => e.AdvisoryTrackingId).HasMaxLength(200);
        builder.Property(e => e.AdvisoryRevision).HasMaxLength(100);
        builder.Property(e => e.StatementId).HasMaxLength(1000);
        builder.Property(e => e.FixedVersion).HasMaxLength(200);
        builder.Property(e => e.DecisionRule).HasMaxLength(300);
        builder.Property(e => e.TriageReason).HasMaxLength(2000);
        builder.Property(e => e.TriagedBy).HasMaxLength(256);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Facility>().WithMany().HasForeignKey(e => e.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Device>().WithMany().HasForeignKey(e => e.DeviceId).OnDelete(DeleteBehavior.Cascade);

        // The engine yields one exposure per device and vulnerability.
        builder.HasIndex(e => new { e.DeviceId, e.Cve }).IsUnique();
        // The listing: most urgent first within a tenant, and its filters.
        builder.HasIndex(e => new { e.OrganizationId, e.RankKey });
        builder.HasIndex(e => new { e.Cve, e.RankKey });
        builder.HasIndex(e => new { e.Decision, e.RankKey });
        builder.HasIndex(e => new { e.Status, e.State });
        builder.HasIndex(e => e.FacilityId);
        builder.HasIndex(e => e.AdvisoryTrackingId);
    }
}
