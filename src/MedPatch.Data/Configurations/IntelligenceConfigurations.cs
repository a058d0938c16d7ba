using MedPatch.Core.Devices;
using MedPatch.Core.Intelligence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedPatch.Data.Configurations;

// The vulnerability catalog is public data shared by every tenant, like manufacturers and models: no query filter.
// Free texts (descriptions, product names, remediation details) have no length limit: publishers write long ones,
// and one over-long field must not make a whole advisory unimportable.
internal sealed class VulnerabilityConfiguration : IEntityTypeConfiguration<Vulnerability>
{
    public void Configure(EntityTypeBuilder<Vulnerability> builder)
    {
        builder.ToTable("Vulnerabilities");
        builder.Property(v => v.CveId).HasMaxLength(64);
        builder.Property(v => v.Cwe).HasMaxLength(40);
        foreach (var vector in new[] { nameof(Vulnerability.CvssV2Vector), nameof(Vulnerability.CvssV3Vector), nameof(Vulnerability.CvssV4Vector) })
        {
            builder.Property(vector).HasMaxLength(300);
        }

        foreach (var score in new[] { nameof(Vulnerability.CvssV2Score), nameof(Vulnerability.CvssV3Score), nameof(Vulnerability.CvssV4Score) })
        {
            builder.Property(score).HasPrecision(3, 1);
        }

        foreach (var severity in new[] { nameof(Vulnerability.CvssV2Severity), nameof(Vulnerability.CvssV3Severity), nameof(Vulnerability.CvssV4Severity) })
        {
            builder.Property(severity).HasMaxLength(20);
        }

        builder.Property(v => v.KevRansomwareUse).HasMaxLength(20);
        builder.Property(v => v.EpssModelVersion).HasMaxLength(40);
        builder.Property(v => v.SsvcExploitation).HasMaxLength(40);
        builder.Property(v => v.SsvcAutomatable).HasMaxLength(40);
        builder.Property(v => v.SsvcTechnicalImpact).HasMaxLength(40);
        builder.HasIndex(v => v.CveId).IsUnique();
        builder.HasIndex(v => v.InKev);
    }
}

internal sealed class AdvisoryConfiguration : IEntityTypeConfiguration<Advisory>
{
    public void Configure(EntityTypeBuilder<Advisory> builder)
    {
        builder.ToTable("Advisories");
        builder.Property(a => a.PublisherNamespace).HasMaxLength(500);
        builder.Property(a => a.TrackingId).HasMaxLength(200);
        builder.Property(a => a.Category).HasMaxLength(100);
        builder.Property(a => a.Status).HasMaxLength(20);
        builder.Property(a => a.CurrentVersion).HasMaxLength(100);
        builder.Property(a => a.Tlp).HasMaxLength(20);
        builder.Property(a => a.SourceFormat).HasMaxLength(20);
        builder.HasIndex(a => new { a.PublisherNamespace, a.TrackingId }).IsUnique();
        builder.HasIndex(a => a.TrackingId);
    }
}

internal sealed class AdvisoryRevisionDocumentConfiguration : IEntityTypeConfiguration<AdvisoryRevisionDocument>
{
    public void Configure(EntityTypeBuilder<AdvisoryRevisionDocument> builder)
    {
        builder.ToTable("AdvisoryRevisions");
        builder.Property(r => r.Version).HasMaxLength(100);
        builder.Property(r => r.Sha256).HasMaxLength(64).IsFixedLength(false);
        builder.HasOne<Advisory>().WithMany().HasForeignKey(r => r.AdvisoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.AdvisoryId, r.Sha256 }).IsUnique();

        // The import looks files up by their bytes' hash alone, before it knows which advisory they are.
        builder.HasIndex(r => r.Sha256);
    }
}

internal sealed class AdvisoryVulnerabilityConfiguration : IEntityTypeConfiguration<AdvisoryVulnerability>
{
    public void Configure(EntityTypeBuilder<AdvisoryVulnerability> builder)
    {
        builder.ToTable("AdvisoryVulnerabilities");
        builder.HasKey(x => new { x.AdvisoryId, x.VulnerabilityId });
        builder.HasOne<Advisory>().WithMany().HasForeignKey(x => x.AdvisoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vulnerability>().WithMany().HasForeignKey(x => x.VulnerabilityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.VulnerabilityId);
    }
}

internal sealed class CatalogAffectedStatementConfiguration : IEntityTypeConfiguration<CatalogAffectedStatement>
{
    public void Configure(EntityTypeBuilder<CatalogAffectedStatement> builder)
    {
        builder.ToTable("AffectedStatements");
        builder.Property(s => s.CveId).HasMaxLength(200);
        builder.Property(s => s.Status).HasMaxLength(40);
        builder.Property(s => s.Source).HasMaxLength(20);
        builder.PrimitiveCollection(s => s.ModelNumbers);
        builder.HasOne<Advisory>().WithMany().HasForeignKey(s => s.AdvisoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AdvisoryRevisionDocument>().WithMany().HasForeignKey(s => s.AdvisoryRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vulnerability>().WithMany().HasForeignKey(s => s.VulnerabilityId).OnDelete(DeleteBehavior.SetNull);

        // Matching a device asks "what is said about this vendor's product", by name, CPE or purl.
        builder.HasIndex(s => new { s.NormalizedVendor, s.Product });
        builder.HasIndex(s => s.CveId);
        builder.HasIndex(s => s.Cpe);
        builder.HasIndex(s => s.Purl);
    }
}

internal sealed class RemediationConfiguration : IEntityTypeConfiguration<Remediation>
{
    public void Configure(EntityTypeBuilder<Remediation> builder)
    {
        builder.ToTable("Remediations");
        builder.Property(r => r.CveId).HasMaxLength(200);
        builder.Property(r => r.Category).HasMaxLength(40);
        builder.HasOne<Advisory>().WithMany().HasForeignKey(r => r.AdvisoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AdvisoryRevisionDocument>().WithMany().HasForeignKey(r => r.AdvisoryRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vulnerability>().WithMany().HasForeignKey(r => r.VulnerabilityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.CveId);
    }
}

internal sealed class AdvisoryChangeConfiguration : IEntityTypeConfiguration<AdvisoryChange>
{
    public void Configure(EntityTypeBuilder<AdvisoryChange> builder)
    {
        builder.ToTable("AdvisoryRevisionChanges");
        builder.Property(c => c.FromVersion).HasMaxLength(100);
        builder.Property(c => c.ToVersion).HasMaxLength(100);
        builder.Property(c => c.Kind).HasMaxLength(40);
        builder.Property(c => c.CveId).HasMaxLength(200);
        builder.HasOne<Advisory>().WithMany().HasForeignKey(c => c.AdvisoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AdvisoryRevisionDocument>().WithMany().HasForeignKey(c => c.FromRevisionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AdvisoryRevisionDocument>().WithMany().HasForeignKey(c => c.ToRevisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KevCatalogReleaseConfiguration : IEntityTypeConfiguration<KevCatalogRelease>
{
    public void Configure(EntityTypeBuilder<KevCatalogRelease> builder)
    {
        builder.ToTable("KevCatalogReleases");
        builder.Property(k => k.CatalogVersion).HasMaxLength(40);
        builder.HasIndex(k => k.CatalogVersion).IsUnique();
    }
}

internal sealed class EpssScoreEntryConfiguration : IEntityTypeConfiguration<EpssScoreEntry>
{
    public void Configure(EntityTypeBuilder<EpssScoreEntry> builder)
    {
        builder.ToTable("EpssScores");
        builder.HasKey(e => e.CveId);
        builder.Property(e => e.CveId).HasMaxLength(64);
    }
}

internal sealed class EpssReleaseConfiguration : IEntityTypeConfiguration<EpssRelease>
{
    public void Configure(EntityTypeBuilder<EpssRelease> builder)
    {
        builder.ToTable("EpssReleases");
        builder.Property(e => e.ModelVersion).HasMaxLength(40);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.HasIndex(e => e.Sha256);
    }
}

internal sealed class DeviceSbomConfiguration : IEntityTypeConfiguration<DeviceSbom>
{
    public void Configure(EntityTypeBuilder<DeviceSbom> builder)
    {
        builder.ToTable("Sboms");
        builder.Property(s => s.ModelVersion).HasMaxLength(100);
        builder.Property(s => s.Format).HasMaxLength(20);
        builder.Property(s => s.SpecVersion).HasMaxLength(20);
        builder.Property(s => s.SerialNumber).HasMaxLength(300);
        builder.Property(s => s.Sha256).HasMaxLength(64);
        builder.HasOne<DeviceModel>().WithMany().HasForeignKey(s => s.DeviceModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.DeviceModelId, s.ModelVersion });
        builder.HasIndex(s => s.Sha256);
    }
}

internal sealed class DeviceSbomComponentConfiguration : IEntityTypeConfiguration<DeviceSbomComponent>
{
    public void Configure(EntityTypeBuilder<DeviceSbomComponent> builder)
    {
        builder.ToTable("SbomComponents");
        builder.Property(c => c.Type).HasMaxLength(40);
        builder.HasOne<DeviceSbom>().WithMany().HasForeignKey(c => c.SbomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.SbomId);
        builder.HasIndex(c => c.Purl);
        builder.HasIndex(c => c.Cpe);
        builder.HasIndex(c => c.Name);
    }
}

internal sealed class DeviceSbomDependencyConfiguration : IEntityTypeConfiguration<DeviceSbomDependency>
{
    public void Configure(EntityTypeBuilder<DeviceSbomDependency> builder)
    {
        builder.ToTable("SbomDependencies");
        builder.HasOne<DeviceSbom>().WithMany().HasForeignKey(d => d.SbomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.SbomId);
    }
}

internal sealed class CatalogVexStatementConfiguration : IEntityTypeConfiguration<CatalogVexStatement>
{
    public void Configure(EntityTypeBuilder<CatalogVexStatement> builder)
    {
        builder.ToTable("VexStatements");
        builder.Property(v => v.VulnerabilityRef).HasMaxLength(200);
        builder.Property(v => v.Status).HasMaxLength(40);
        builder.Property(v => v.Justification).HasMaxLength(100);
        builder.HasOne<DeviceSbom>().WithMany().HasForeignKey(v => v.SbomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Advisory>().WithMany().HasForeignKey(v => v.AdvisoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vulnerability>().WithMany().HasForeignKey(v => v.VulnerabilityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => v.VulnerabilityRef);
    }
}
