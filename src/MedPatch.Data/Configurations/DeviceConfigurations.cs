using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedPatch.Data.Configurations;

internal sealed class DeviceModelConfiguration : IEntityTypeConfiguration<DeviceModel>
{
    public void Configure(EntityTypeBuilder<DeviceModel> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.NormalizedName).HasMaxLength(200);
        builder.Property(m => m.DeviceType).HasMaxLength(100);
        builder.Property(m => m.ClinicalFunction).HasMaxLength(200);
        builder.PrimitiveCollection(m => m.ModelNumbers);
        builder.ComplexProperty(m => m.PatchPolicy, policy =>
        {
            policy.Property(p => p.RemotePushPossible).HasColumnName("remote_push_possible");
            policy.Property(p => p.CustomerMayInstall).HasColumnName("customer_may_install");
            policy.Property(p => p.ManufacturerMustInstall).HasColumnName("manufacturer_must_install");
        });
        builder.HasOne<Manufacturer>().WithMany().HasForeignKey(m => m.ManufacturerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ManufacturerId, m.NormalizedName }).IsUnique();
    }
}

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.Property(d => d.AssetTag).HasMaxLength(100);
        builder.Property(d => d.SerialNumber).HasMaxLength(100);
        builder.Property(d => d.SoftwareVersion).HasMaxLength(100);
        builder.Property(d => d.IpAddress).HasMaxLength(45);
        builder.Property(d => d.MacAddress).HasMaxLength(17);
        builder.Property(d => d.Hostname).HasMaxLength(253);
        builder.Property(d => d.CmmsId).HasMaxLength(100);
        builder.Property(d => d.UdiDi).HasMaxLength(100);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Facility>().WithMany().HasForeignKey(d => d.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(d => d.LocationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<DeviceModel>().WithMany().HasForeignKey(d => d.DeviceModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NetworkSegment>().WithMany().HasForeignKey(d => d.NetworkSegmentId).OnDelete(DeleteBehavior.SetNull);

        // Upsert keys: facility + asset tag first, else serial + manufacturer (through the model).
        builder.HasIndex(d => new { d.FacilityId, d.AssetTag }).IsUnique();
        // (key, id) so a sorted page deep in a million devices is an index walk, ties broken by id.
        builder.HasIndex(d => new { d.AssetTag, d.Id });
        builder.HasIndex(d => new { d.SerialNumber, d.Id });
        // Covers the support roll-up (per model: how many devices carry their own end-of-support date, passed or not)
        // as an index-only scan, and serves the model foreign key.
        builder.HasIndex(d => new { d.DeviceModelId, d.EndOfSupport });
        builder.HasIndex(d => new { d.OrganizationId, d.AssetTag });
        builder.HasIndex(d => d.NetworkSegmentId);
        builder.HasIndex(d => d.LocationId);
    }
}
