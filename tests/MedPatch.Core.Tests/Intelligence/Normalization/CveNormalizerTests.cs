using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Cve;
using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Tests.Intelligence.Normalization;

/// <summary>CVE JSON 5 records of ../shared/data/cve (CNA data plus CISA's ADP container) normalized.</summary>
public sealed class CveNormalizerTests
{
    private const string Folder = "cve";

    public static TheoryData<string> Records() => NormalizationData.Files(Folder, "CVE-*.json");

    private static NormalizedAdvisory Normalize(string name)
    {
        using var stream = File.OpenRead(NormalizationData.FilePath(Folder, name));
        return CveNormalizer.Normalize(CveRecordReader.Read(stream));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Record_normalizes_with_a_statement_for_every_listed_version(string name)
    {
        var json = NormalizationData.Json(Folder, name);
        var advisory = Normalize(name);
        var cveId = Path.GetFileNameWithoutExtension(name);

        Assert.Equal(AdvisorySource.Cve, advisory.Source);
        Assert.Equal(cveId, advisory.TrackingId);
        Assert.Equal(cveId, Assert.Single(advisory.Vulnerabilities).CveId);
        Assert.All(advisory.Statements, s => Assert.Equal(cveId, s.CveId));
        Assert.Equal(advisory.Statements.Count, advisory.Statements.Select(s => s.ProductKey).Distinct(StringComparer.Ordinal).Count());

        // One statement per version entry (more when "changes" split a range), one per stated defaultStatus.
        var containers = new[] { json["containers"]!["cna"]! }.Concat(json["containers"]!["adp"]?.AsArray().Select(a => a!) ?? []);
        var expected = containers.SelectMany(c => c["affected"]?.AsArray() ?? []).Sum(a =>
            (a!["versions"]?.AsArray().Sum(v => 1 + (v!["changes"]?.AsArray().Count ?? 0)) ?? 0)
            + (a["defaultStatus"] is not null || (a["versions"]?.AsArray().Count ?? 0) == 0 ? 1 : 0));
        Assert.Equal(expected, advisory.Statements.Count);

        foreach (var s in advisory.Statements)
        {
            if (s.VersionRange is { } range)
            {
                Assert.Equal(range, VersRange.Parse(range).ToString());
            }
            else if (s.Version is null && s.RawVersion is not null)
            {
                Assert.False(string.IsNullOrWhiteSpace(s.ConfidenceNote), s.ProductKey);
            }
        }

        var cna = json["containers"]!["cna"]!;
        var english = (cna["solutions"]?.AsArray().Count(t => ((string?)t!["lang"] ?? "en").StartsWith("en", StringComparison.Ordinal)) ?? 0)
            + (cna["workarounds"]?.AsArray().Count(t => ((string?)t!["lang"] ?? "en").StartsWith("en", StringComparison.Ordinal)) ?? 0);
        Assert.Equal(english, advisory.Remediations.Count);
        Assert.All(advisory.Remediations, r => Assert.Null(r.ProductKey));
    }

    [Fact]
    public void Illumina_ranges_and_default_status_cve_2023_1966()
    {
        var advisory = Normalize("CVE-2023-1966.json");

        var operating = advisory.Statements.Where(s => s.Product == "NextSeq 550Dx Operating Software").ToList();
        Assert.Equal("Illumina", operating[0].Vendor);
        Assert.Equal("vers:device/>=1.0.0|<=1.3.1", operating[0].VersionRange);
        Assert.Equal(AffectedStatus.Affected, operating[0].Status);
        Assert.Equal("1.3.3", operating[1].Version);

        // defaultStatus "unaffected": every version not listed is not affected.
        Assert.Equal(AffectedStatus.NotAffected, operating[2].Status);
        Assert.Null(operating[2].VersionRange);
        Assert.Contains("defaultStatus", operating[2].ConfidenceNote, StringComparison.Ordinal);

        var novaSeq = advisory.Statements.First(s => s.Product == "NovaSeq 6000 Control Software");
        Assert.Equal("vers:device/<=1.7", novaSeq.VersionRange);
        Assert.Equal("vers:all/*", advisory.Statements.First(s => s.Product == "iSeq 100").VersionRange);

        var vulnerability = advisory.Vulnerabilities[0];
        Assert.NotNull(vulnerability.Description);
        Assert.NotEmpty(vulnerability.Cvss);
    }

    [Fact]
    public void Baxter_date_range_ssvc_and_solution_cve_2024_6795()
    {
        var advisory = Normalize("CVE-2024-6795.json");

        var portal = advisory.Statements[0];
        Assert.Equal(("Baxter", "Connex Health Portal", AffectedStatus.Affected), (portal.Vendor, portal.Product, portal.Status));
        Assert.Null(portal.VersionRange);
        Assert.Equal("< 8/30/2024", portal.RawVersion);
        Assert.Contains("date", portal.ConfidenceNote, StringComparison.Ordinal);

        // CISA's ADP adds its own CPE-based statement; it is kept and marked.
        Assert.Contains(advisory.Statements, s => s.Cpe == "cpe:2.3:a:hillrom:connex_health_portal:*:*:*:*:*:*:*:*" && s.ConfidenceNote!.Contains("CISA-ADP", StringComparison.Ordinal));

        var vulnerability = Assert.Single(advisory.Vulnerabilities);
        Assert.Equal(new NormalizedCwe("CWE-89", "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')"), vulnerability.Cwe);
        Assert.Contains(vulnerability.Cvss, c => c.Vector == "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H" && c.BaseScore == 10m);
        var exploitation = Assert.IsType<ExploitationFacts>(vulnerability.Exploitation);
        Assert.Equal(("none", "yes", "total"), (exploitation.SsvcExploitation, exploitation.SsvcAutomatable, exploitation.SsvcTechnicalImpact));
        Assert.Null(exploitation.KevDateAdded);

        var solution = Assert.Single(advisory.Remediations);
        Assert.Equal(RemediationCategory.VendorFix, solution.Category);
        Assert.StartsWith("Baxter is unaware of any exploitation", solution.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Solutions_and_workarounds_cve_2021_43935()
    {
        var advisory = Normalize("CVE-2021-43935.json");

        Assert.Equal([RemediationCategory.VendorFix, RemediationCategory.Workaround], advisory.Remediations.Select(r => r.Category));
        Assert.StartsWith("-Disable the SSO feature", advisory.Remediations[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_versions_are_kept_with_a_note_cve_2019_10964()
    {
        var advisory = Normalize("CVE-2019-10964.json");

        Assert.Equal(11, advisory.Statements.Count);
        var pump = advisory.Statements.Single(s => s.RawVersion == "MiniMed 508 pump All versions");
        Assert.Null(pump.Version);
        Assert.Null(pump.VersionRange);
        Assert.Contains("free text", pump.ConfidenceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_split_a_range_and_kev_comes_from_the_adp()
    {
        const string json = """
            {
              "dataType": "CVE_RECORD", "dataVersion": "5.1",
              "cveMetadata": { "cveId": "CVE-2099-0001", "state": "PUBLISHED", "datePublished": "2099-01-02T00:00:00Z" },
              "containers": {
                "cna": {
                  "providerMetadata": { "orgId": "b3476cb9-2e3d-41a6-98d0-0f47421a65b6" },
                  "descriptions": [ { "lang": "en", "value": "Example." } ],
                  "affected": [ {
                    "vendor": "Example", "product": "Pump", "defaultStatus": "unknown",
                    "versions": [ { "version": "1.0", "lessThan": "3.0", "status": "affected", "versionType": "custom",
                                    "changes": [ { "at": "2.1", "status": "unaffected" } ] } ]
                  } ]
                },
                "adp": [ {
                  "providerMetadata": { "orgId": "134c704f-9b21-4f2e-91b3-4a467353bcc0", "shortName": "CISA-ADP" },
                  "metrics": [ { "other": { "type": "kev", "content": { "dateAdded": "2099-02-03", "reference": "https://www.cisa.gov/known-exploited-vulnerabilities-catalog" } } } ]
                } ]
              }
            }
            """;

        var advisory = CveNormalizer.Normalize(CveRecordReader.Read(json));

        Assert.Equal(
            [("vers:device/>=1.0|<2.1", AffectedStatus.Affected), ("vers:device/>=2.1|<3.0", AffectedStatus.NotAffected), (null, AffectedStatus.UnderInvestigation)],
            advisory.Statements.Select(s => (s.VersionRange, s.Status)));
        Assert.Contains("unknown", advisory.Statements[2].ConfidenceNote, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2099, 2, 3), advisory.Vulnerabilities[0].Exploitation?.KevDateAdded);
    }
}
