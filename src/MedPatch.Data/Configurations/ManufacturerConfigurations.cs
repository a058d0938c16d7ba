using MedPatch.Core.Manufacturers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedPatch.Data.Configurations;

internal sealed class ManufacturerConfiguration : IEntityTypeConfiguration<Manufacturer>
{
    public void Configure(EntityTypeBuilder<Manufacturer> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.NormalizedName).HasMaxLength(200);
        builder.Property(m => m.PsirtContact).HasMaxLength(300);
        builder.Property(m => m.Website).HasMaxLength(500);
        builder.HasIndex(m => m.NormalizedName).IsUnique();
        builder.HasMany(m => m.Aliases).WithOne().HasForeignKey(a => a.ManufacturerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Channels).WithOne().HasForeignKey(c => c.ManufacturerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ManufacturerAliasConfiguration : IEntityTypeConfiguration<ManufacturerAlias>
{
    public void Configure(EntityTypeBuilder<ManufacturerAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.NormalizedName).HasMaxLength(200);
        builder.HasIndex(a => a.NormalizedName).IsUnique();
    }
}

internal sealed class NotificationChannelConfiguration : IEntityTypeConfiguration<NotificationChannel>
{
    public void Configure(EntityTypeBuilder<NotificationChannel> builder)
    {
        builder.Property(c => c.Address).HasMaxLength(1000);
        builder.Property(c => c.Notes).HasMaxLength(2000);
    }
}
