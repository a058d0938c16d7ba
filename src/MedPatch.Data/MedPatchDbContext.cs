using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Organizations;
using MedPatch.Data.Conventions;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Data;

public sealed class MedPatchDbContext(DbContextOptions<MedPatchDbContext> options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<NetworkSegment> NetworkSegments => Set<NetworkSegment>();
    public DbSet<Manufacturer> Manufacturers => Set<Manufacturer>();
    public DbSet<ManufacturerAlias> ManufacturerAliases => Set<ManufacturerAlias>();
    public DbSet<NotificationChannel> NotificationChannels => Set<NotificationChannel>();
    public DbSet<DeviceModel> DeviceModels => Set<DeviceModel>();
    public DbSet<Device> Devices => Set<Device>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MedPatchDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
