using MedPatch.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedPatch.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasIndex(o => o.Name).IsUnique();
    }
}

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Code).HasMaxLength(50);
        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.OrganizationId, f.Name }).IsUnique();
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.Department).HasMaxLength(200);
        builder.Property(l => l.Building).HasMaxLength(200);
        builder.Property(l => l.Floor).HasMaxLength(50);
        builder.Property(l => l.Room).HasMaxLength(100);
        builder.Property(l => l.Key).HasMaxLength(600);
        builder.HasOne<Facility>().WithMany().HasForeignKey(l => l.FacilityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.FacilityId, l.Key }).IsUnique();
    }
}

internal sealed class NetworkSegmentConfiguration : IEntityTypeConfiguration<NetworkSegment>
{
    public void Configure(EntityTypeBuilder<NetworkSegment> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Cidr).HasMaxLength(50);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganizationId, s.Name }).IsUnique();
    }
}
