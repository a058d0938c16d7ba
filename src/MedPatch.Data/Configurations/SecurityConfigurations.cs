using MedPatch.Core.Auditing;
using MedPatch.Core.Organizations;
using MedPatch.Core.Security;
using MedPatch.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedPatch.Data.Configurations;

internal sealed class MedPatchUserConfiguration : IEntityTypeConfiguration<MedPatchUser>
{
    public void Configure(EntityTypeBuilder<MedPatchUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.ExternalProvider).HasMaxLength(100);
        builder.Property(u => u.ExternalSubject).HasMaxLength(300);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.ExternalProvider, u.ExternalSubject }).IsUnique();
    }
}

internal sealed class UserFacilityConfiguration : IEntityTypeConfiguration<UserFacility>
{
    public void Configure(EntityTypeBuilder<UserFacility> builder)
    {
        builder.HasKey(f => new { f.UserId, f.FacilityId });
        builder.HasOne<MedPatchUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Facility>().WithMany().HasForeignKey(f => f.FacilityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Prefix).HasMaxLength(20);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<MedPatchUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        // The sequence is assigned by the writer under a lock, never by the database: it is part of the hash.
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.ActorKind).HasMaxLength(20);
        builder.Property(a => a.Actor).HasMaxLength(300);
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.Property(a => a.RequestId).HasMaxLength(100);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        // Every index is paid for on each of the hundred thousand records a large import appends: only those that
        // serve the auditor's filters stay. Actor search is a substring match, which no b-tree index serves.
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => new { a.OrganizationId, a.Sequence });
    }
}
