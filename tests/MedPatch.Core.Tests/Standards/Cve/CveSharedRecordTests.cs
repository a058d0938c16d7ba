using MedPatch.Core.Standards.Cve;
using MedPatch.Core.Standards.Cvss;

namespace MedPatch.Core.Tests.Standards.Cve;

/// <summary>The real CVE List and vulnrichment records in ../shared/data/cve, read in place.</summary>
public sealed class CveSharedRecordTests
{
    private static IReadOnlyList<string> Files()
    {
        var files = Directory.GetFiles(SharedData.Require("cve"), "CVE-*.json").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static CveRecord ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return CveRecordReader.Read(stream);
    }

    [Fact]
    public void Every_record_parses_and_names_its_file()
    {
        foreach (var file in Files())
        {
            var record = ReadFile(file);
            Assert.Equal(Path.GetFileNameWithoutExtension(file), record.CveId);
            Assert.StartsWith("5.", record.DataVersion, StringComparison.Ordinal);
            if (record.IsPublished)
            {
                Assert.NotNull(record.Cna);
                Assert.NotEmpty(record.Cna.Affected);
                Assert.NotNull(record.Metadata.DatePublished);
                Assert.NotEmpty(record.Cna.Descriptions);
            }
        }
    }

    [Fact]
    public void Every_stated_vector_scores_as_stated()
    {
        var vectors = 0;
        foreach (var file in Files())
        {
            var record = ReadFile(file);
            foreach (var container in record.Adp.Prepend(record.Cna!))
            {
                foreach (var metric in container.CvssMetrics)
                {
                    var result = CvssCalculator.Calculate(metric.VectorString);
                    Assert.Equal(metric.Version, result.Version);
                    Assert.Equal(metric.BaseScore, result.BaseScore);
                    vectors++;
                }
            }
        }

        // Older records state scores only in x_legacyV4Record, which is not part of the 5.x metrics.
        Assert.True(vectors >= 30, $"only {vectors} vectors in the shared records");
    }

    [Fact]
    public void Cisa_adp_ssvc_options_are_read()
    {
        var withSsvc = Files().Select(ReadFile).Where(r => r.CisaAdp?.Ssvc is not null).ToList();
        Assert.True(withSsvc.Count >= 10, $"only {withSsvc.Count} records with CISA SSVC");
        foreach (var record in withSsvc)
        {
            var ssvc = record.CisaAdp!.Ssvc!;
            Assert.Contains(ssvc.Exploitation, new[] { "none", "poc", "active" });
            Assert.Contains(ssvc.Automatable, new[] { "yes", "no" });
            Assert.Contains(ssvc.TechnicalImpact, new[] { "partial", "total" });
        }
    }

    [Fact]
    public void Jackson_record_has_cisa_ssvc_and_score()
    {
        var record = ReadFile(Path.Combine(SharedData.Require("cve"), "CVE-2020-10673.json"));
        var adp = record.CisaAdp!;
        Assert.Equal("CISA ADP Vulnrichment", adp.Title);
        Assert.Equal("none", adp.Ssvc!.Exploitation);
        Assert.Equal("no", adp.Ssvc.Automatable);
        Assert.Equal("total", adp.Ssvc.TechnicalImpact);
        Assert.Equal("2.0.3", adp.Ssvc.Version);
        var cvss = Assert.Single(adp.CvssMetrics);
        Assert.Equal(8.8m, cvss.BaseScore);
        Assert.Equal(cvss.BaseScore, CvssCalculator.Calculate(cvss.VectorString).BaseScore);
        Assert.Contains(adp.Affected, a => a.Product == "banking_digital_experience" && a.Versions.Any(v => v.LessThanOrEqual == "18.3"));
    }

    [Fact]
    public void Hillrom_record_reads_version_ranges()
    {
        var record = ReadFile(Path.Combine(SharedData.Require("cve"), "CVE-2021-43935.json"));
        var affected = record.Cna!.Affected[0];
        Assert.Equal("Hillrom", affected.Vendor);
        var version = Assert.Single(affected.Versions);
        Assert.Equal(("6.0.0", "6.3.1", "custom", "affected"), (version.Version, version.LessThanOrEqual, version.VersionType, version.Status));
        Assert.True(version.IsRange);
        Assert.Equal(7, record.Cna.Affected.Count);
    }
}
