using MedPatch.Core.Devices;
using MedPatch.Core.Mitigations;
using MedPatch.Core.Organizations;
using MedPatch.Core.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedPatch.Data.Configurations;

internal sealed class MitigationConfiguration : IEntityTypeConfiguration<Mitigation>
{
    public void Configure(EntityTypeBuilder<Mitigation> builder)
    {
        builder.ToTable("Mitigations");
        builder.Property(m => m.Description).HasMaxLength(2000);
        builder.Property(m => m.Cve).HasMaxLength(200);
        builder.Property(m => m.VerifiedBy).HasMaxLength(256);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Devices).WithOne().HasForeignKey(d => d.MitigationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.OrganizationId, m.Active });
        builder.HasIndex(m => m.Cve);
    }
}

internal sealed class MitigationDeviceConfiguration : IEntityTypeConfiguration<MitigationDevice>
{
    public void Configure(EntityTypeBuilder<MitigationDevice> builder)
    {
        builder.ToTable("MitigationDevices");
        builder.HasKey(d => new { d.MitigationId, d.DeviceId });
        builder.HasOne<Device>().WithMany().HasForeignKey(d => d.DeviceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.DeviceId);
    }
}

internal sealed class OrganizationRiskSettingsConfiguration : IEntityTypeConfiguration<OrganizationRiskSettings>
{
    public void Configure(EntityTypeBuilder<OrganizationRiskSettings> builder)
    {
        builder.ToTable("RiskSettings");
        builder.HasKey(s => s.OrganizationId);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.HasOne<Organization>().WithOne().HasForeignKey<OrganizationRiskSettings>(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
