using System.Text.RegularExpressions;
using MedPatch.Core.Standards.Kev;

namespace MedPatch.Core.Tests.Standards.Kev;

/// <summary>Facts about the real catalog that hold for any refreshed release, not hard-coded totals.</summary>
public sealed partial class KevCatalogReaderRealDataTests
{
    private static KevCatalog Load(string relativePath)
    {
        using var stream = File.OpenRead(SharedData.Require("kev/" + relativePath));
        return KevCatalogReader.Read(stream);
    }

    [Theory]
    [InlineData("known_exploited_vulnerabilities.json")]
    [InlineData("history/known_exploited_vulnerabilities-2025.01.24.json")]
    [InlineData("history/known_exploited_vulnerabilities-2025.06.10.json")]
    public void Every_release_reads_with_count_matching_and_valid_ids(string relativePath)
    {
        var catalog = Load(relativePath);

        Assert.Equal(catalog.Count, catalog.Vulnerabilities.Count);
        Assert.NotEmpty(catalog.Vulnerabilities);
        Assert.All(catalog.Vulnerabilities, v => Assert.Matches(CveId(), v.CveId));
        Assert.Equal(catalog.Vulnerabilities.Count, catalog.Vulnerabilities.Select(v => v.CveId).Distinct().Count());

        // The version names the release day.
        Assert.Equal(catalog.DateReleased.UtcDateTime.ToString("yyyy.MM.dd", System.Globalization.CultureInfo.InvariantCulture), catalog.CatalogVersion);
    }

    [Fact]
    public void Eternalblue_entry_reads_as_published()
    {
        var entry = Assert.Single(Load("known_exploited_vulnerabilities.json").Vulnerabilities, v => v.CveId == "CVE-2017-0144");

        Assert.Equal("Microsoft", entry.VendorProject);
        Assert.Equal("SMBv1", entry.Product);
        Assert.Equal(new DateOnly(2022, 2, 10), entry.DateAdded);
        Assert.Equal(new DateOnly(2022, 8, 10), entry.DueDate);
        Assert.Equal("Known", entry.KnownRansomwareCampaignUse);
        Assert.Equal(["CWE-20"], entry.Cwes);
    }

    [Fact]
    public void Cves_named_in_medical_advisories_are_listed()
    {
        var ids = Load("known_exploited_vulnerabilities.json").Vulnerabilities.Select(v => v.CveId).ToHashSet(StringComparer.Ordinal);

        // The shared data README cross-checks these ICSMA CVEs against KEV.
        Assert.Superset(new HashSet<string>(["CVE-2017-0143", "CVE-2017-0199", "CVE-2019-0708", "CVE-2020-1938"], StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Later_release_keeps_every_entry_of_an_earlier_one()
    {
        var older = Load("history/known_exploited_vulnerabilities-2025.06.10.json");
        var current = Load("known_exploited_vulnerabilities.json");

        Assert.True(current.DateReleased > older.DateReleased);
        Assert.Subset(
            current.Vulnerabilities.Select(v => v.CveId).ToHashSet(StringComparer.Ordinal),
            older.Vulnerabilities.Select(v => v.CveId).ToHashSet(StringComparer.Ordinal));
    }

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CveId();
}
