using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Nvd;
using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Tests.Intelligence.Normalization;

/// <summary>NVD API 2.0 items of ../shared/data/nvd: configurations become statements with CPE and vers range.</summary>
public sealed class NvdNormalizerTests
{
    private const string Folder = "nvd/api-2.0-cve-items";

    public static TheoryData<string> Items() => NormalizationData.Files(Folder);

    private static NormalizedAdvisory Normalize(string name)
    {
        using var stream = File.OpenRead(NormalizationData.FilePath(Folder, name));
        return NvdNormalizer.Normalize(NvdCveReader.ReadItem(stream));
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Every_vulnerable_match_is_a_statement(string name)
    {
        var json = NormalizationData.Json(Folder, name);
        var advisory = Normalize(name);

        var vulnerable = (json["cve"]!["configurations"]?.AsArray() ?? [])
            .SelectMany(c => c!["nodes"]!.AsArray())
            .SelectMany(n => n!["cpeMatch"]!.AsArray())
            .Where(m => (bool)m!["vulnerable"]!)
            .Select(m => (string)m!["criteria"]!)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(vulnerable.Order(StringComparer.Ordinal), advisory.Statements.Select(s => s.Cpe!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.All(advisory.Statements, s => Assert.Equal(AffectedStatus.Affected, s.Status));
        Assert.All(advisory.Statements, s => Assert.True(s.Version is not null || s.VersionRange is not null, s.ProductKey));
        Assert.All(advisory.Statements.Where(s => s.VersionRange is not null), s => Assert.Equal(s.VersionRange, VersRange.Parse(s.VersionRange!).ToString()));
        Assert.Equal(advisory.Statements.Count, advisory.Statements.Select(s => s.ProductKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Ranges_and_kev_of_cve_2024_23113()
    {
        var advisory = Normalize("cve-2024-23113.json");

        var fortios = advisory.Statements.Where(s => s.Product == "fortios").Select(s => s.VersionRange).ToList();
        Assert.Equal(["vers:device/>=7.0.0|<=7.0.13", "vers:device/>=7.2.0|<=7.2.6", "vers:device/>=7.4.0|<=7.4.2"], fortios);
        var fortipam = advisory.Statements.Single(s => s.Product == "fortipam" && s.Version is not null);
        Assert.Equal(("fortinet", "1.2.0"), (fortipam.Vendor, fortipam.Version));

        var exploitation = advisory.Vulnerabilities[0].Exploitation;
        Assert.NotNull(exploitation?.KevDateAdded);
        Assert.NotNull(exploitation.KevRequiredAction);
    }

    [Fact]
    public void Platform_of_an_and_configuration_is_the_relationship()
    {
        var advisory = Normalize("CVE-2021-0002-duplicate-exact-version-matches.json");

        var firmware = advisory.Statements.Single(s => s.Product == "ethernet_controller_e810_firmware");
        Assert.Equal("vers:device/<1.4.11", firmware.VersionRange);
        var relationship = Assert.IsType<ProductRelationship>(firmware.Relationship);
        Assert.Equal("cpe:2.3:h:intel:ethernet_controller_e810:-:*:*:*:*:*:*:*", relationship.PlatformKey);
        Assert.Equal(["33", "34", "35"], advisory.Statements.Where(s => s.Product == "fedora").Select(s => s.Version));
    }

    [Fact]
    public void Any_version_criteria_covers_all_versions()
    {
        var advisory = Normalize("CVE-2022-31022-all-versions-vulnerable.json");

        var bleve = Assert.Single(advisory.Statements);
        Assert.Equal(("couchbase", "bleve", "vers:all/*", "*"), (bleve.Vendor, bleve.Product, bleve.VersionRange, bleve.RawVersion));
    }
}
