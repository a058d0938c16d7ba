using MedPatch.Core.Standards.Cpe;
using MedPatch.Core.Standards.Cvss;
using MedPatch.Core.Standards.Nvd;

namespace MedPatch.Core.Tests.Standards.Nvd;

/// <summary>The NVD API 2.0 items in ../shared/data/nvd, read in place.</summary>
public sealed class NvdSharedItemTests
{
    private static string Folder => SharedData.Require(Path.Combine("nvd", "api-2.0-cve-items"));

    private static NvdCve ReadFile(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, name));
        return NvdCveReader.ReadItem(stream);
    }

    [Fact]
    public void Every_item_parses_with_scorable_vectors_and_cpe_criteria()
    {
        var files = Directory.GetFiles(Folder, "*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var cve = ReadFile(Path.GetFileName(file));
            var name = Path.GetFileNameWithoutExtension(file);
            // Some fixtures are named for what they test (cve-vuln.json), not for their CVE.
            if (name.Length > 8 && name.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(name[4]))
            {
                Assert.StartsWith(cve.Id, name.ToUpperInvariant(), StringComparison.Ordinal);
            }

            Assert.NotEmpty(cve.Metrics);
            Assert.NotEmpty(cve.Configurations);
            Assert.NotEmpty(cve.CweIds);
            foreach (var metric in cve.Metrics)
            {
                Assert.Equal(metric.BaseScore, CvssCalculator.Calculate(metric.VectorString).BaseScore);
            }

            foreach (var match in cve.Configurations.SelectMany(c => c.Nodes).SelectMany(n => n.CpeMatches))
            {
                Assert.True(CpeName.TryParse(match.Criteria, out _), match.Criteria);
            }
        }
    }

    [Fact]
    public void Firmware_on_hardware_configuration_is_read_as_written()
    {
        var cve = ReadFile("CVE-2021-0002-duplicate-exact-version-matches.json");
        var config = cve.Configurations[0];
        Assert.Equal(NvdOperator.And, config.Operator);
        Assert.Equal(2, config.Nodes.Count);
        var firmware = Assert.Single(config.Nodes[0].CpeMatches);
        Assert.True(firmware.Vulnerable);
        Assert.Equal("1.4.11", firmware.VersionEndExcluding);
        Assert.Equal("D19880AD-FB75-4267-A3AC-B54D31740524", firmware.MatchCriteriaId);
        var hardware = Assert.Single(config.Nodes[1].CpeMatches);
        Assert.False(hardware.Vulnerable);
        Assert.False(hardware.HasRange);
    }

    [Fact]
    public void Version_bounds_are_read_as_written()
    {
        var cve = ReadFile("cve-vuln.json");
        Assert.Equal("CVE-1999-1341", cve.Id);
        var matches = cve.Configurations[0].Nodes[0].CpeMatches;
        Assert.Equal(("2.2.0", "2.2.13"), (matches[0].VersionStartIncluding, matches[0].VersionEndIncluding));
        Assert.Equal(("2.3.0", "2.3.18"), (matches[1].VersionStartExcluding, matches[1].VersionEndExcluding));
        Assert.False(matches[2].HasRange);
        Assert.Equal(NvdOperator.Or, cve.Configurations[0].Nodes[0].Operator);
    }

    [Fact]
    public void Fortinet_item_has_primary_and_secondary_scores_and_kev_facts()
    {
        var cve = ReadFile("cve-2024-23113.json");
        Assert.Equal("Analyzed", cve.VulnStatus);
        Assert.Equal(new DateTimeOffset(2024, 2, 15, 14, 15, 46, 503, TimeSpan.Zero), cve.Published);
        Assert.Equal(["Primary", "Secondary"], cve.Metrics.Select(m => m.Type));
        Assert.All(cve.Metrics, m => Assert.Equal(("3.1", 9.8m, "CRITICAL"), (m.Version, m.BaseScore, m.BaseSeverity)));
        Assert.Equal(new DateOnly(2024, 10, 9), cve.Kev!.ExploitAdd);
        Assert.Equal(new DateOnly(2024, 10, 30), cve.Kev.ActionDue);
        Assert.Equal(["CWE-134"], cve.CweIds);
    }

    [Fact]
    public void Cvss_v4_and_v2_metrics_are_read()
    {
        Assert.Equal("4.0", Assert.Single(ReadFile("CVE-2017-5638-cvssv4-rating.json").Metrics).Version);
        var v3 = ReadFile("CVE-2017-5638-cvssv3-rating.json").Metrics;
        Assert.Equal(["3.0", "2.0"], v3.Select(m => m.Version));
        Assert.NotNull(v3[1].BaseSeverity);
    }
}
