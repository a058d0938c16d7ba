using MedPatch.Core.Standards.Cve;

namespace MedPatch.Core.Tests.Standards.Cve;

public sealed class CveRecordReaderTests
{
    private const string Minimal = """
        {"dataType":"CVE_RECORD","dataVersion":"5.1",
         "cveMetadata":{"cveId":"CVE-2024-0001","state":"PUBLISHED","assignerOrgId":"o","datePublished":"2024-01-02T03:04:05"},
         "containers":{"cna":{"providerMetadata":{"orgId":"o","shortName":"acme"},
           "descriptions":[{"lang":"en","value":"Overflow."}],
           "affected":[{"vendor":"Acme","product":"Pump","defaultStatus":"unaffected","x_future":1,
             "versions":[{"version":"1.0","status":"affected","lessThan":"2.0","versionType":"semver",
               "changes":[{"at":"1.5","status":"unaffected"}]}],"cpes":["cpe:2.3:a:acme:pump:*:*:*:*:*:*:*:*"],
             "modules":["web"],"platforms":["Linux"]}],
           "problemTypes":[{"descriptions":[{"lang":"en","description":"CWE-787 Out-of-bounds Write","type":"CWE"}]}],
           "metrics":[{"cvssV4_0":{"vectorString":"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N","baseScore":9.3}}],
           "references":[{"url":"https://example.com/a","tags":["vendor-advisory"]}],
           "solutions":[{"lang":"en","value":"Update."}],
           "timeline":[{"time":"2024-01-01T00:00:00Z","lang":"en","value":"Reported"}]},
          "adp":[{"providerMetadata":{"orgId":"c","shortName":"CISA-ADP"},
           "metrics":[{"other":{"type":"kev","content":{"dateAdded":"2024-02-03","reference":"https://www.cisa.gov/kev"}}}]}]}}
        """;

    [Fact]
    public void Reads_every_part_of_a_record()
    {
        var record = CveRecordReader.Read(Minimal);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), record.Metadata.DatePublished);
        var cna = record.Cna!;
        var version = cna.Affected[0].Versions[0];
        Assert.Equal(("1.0", "2.0", "semver"), (version.Version, version.LessThan, version.VersionType));
        Assert.Equal(new CveVersionChange("1.5", "unaffected"), Assert.Single(version.Changes));
        Assert.Equal(["CWE-787"], cna.CweIds);
        Assert.Equal(("4.0", 9.3m), (cna.CvssMetrics[0].Version, cna.CvssMetrics[0].BaseScore));
        Assert.Equal(["web"], cna.Affected[0].Modules);
        Assert.Equal("Update.", cna.Solutions[0].Value);
        Assert.Equal("Reported", cna.Timeline[0].Value);
        Assert.Equal(new CveKev(new DateOnly(2024, 2, 3), "https://www.cisa.gov/kev"), record.CisaAdp!.Kev);
    }

    [Fact]
    public void Reads_a_rejected_record_without_affected()
    {
        var record = CveRecordReader.Read("""
            {"dataType":"CVE_RECORD","dataVersion":"5.1","cveMetadata":{"cveId":"CVE-2024-0002","state":"REJECTED"},
             "containers":{"cna":{"rejectedReasons":[{"lang":"en","value":"Duplicate."}]}}}
            """);
        Assert.False(record.IsPublished);
        Assert.Equal("Duplicate.", record.Cna!.Descriptions[0].Value);
    }

    [Theory]
    [InlineData("""{"cveMetadata":{"state":"PUBLISHED"},"containers":{"cna":{}}}""", "$.cveMetadata.cveId")]
    [InlineData("""{"cveMetadata":{"cveId":42,"state":"PUBLISHED"},"containers":{"cna":{}}}""", "$.cveMetadata.cveId")]
    [InlineData("""{"cveMetadata":{"cveId":"CVE-1","state":"PUBLISHED"},"containers":{"cna":{}}}""", "$.cveMetadata.cveId")]
    [InlineData("""{"cveMetadata":{"cveId":"CVE-2024-0001","state":"DRAFT"},"containers":{"cna":{}}}""", "$.cveMetadata.state")]
    [InlineData("""{"cveMetadata":{"cveId":"CVE-2024-0001","state":"PUBLISHED"}}""", "$.containers")]
    [InlineData("""{"cveMetadata":{"cveId":"CVE-2024-0001","state":"PUBLISHED"},"containers":{"cna":{"affected":{}}}}""", "$.containers.cna.affected")]
    [InlineData("""{"cveMetadata":{"cveId":"CVE-2024-0001","state":"PUBLISHED"},"containers":{"cna":{"affected":[{"versions":[{"status":"affected"}]}]}}}""", "$.containers.cna.affected[0].versions[0].version")]
    [InlineData("""{"cveMetadata":{"cveId":"CVE-2024-0001","state":"PUBLISHED","datePublished":"yesterday"},"containers":{"cna":{}}}""", "$.cveMetadata.datePublished")]
    [InlineData("""{"cveMetadata":""", "$")]
    public void Malformed_records_name_the_json_path(string json, string path)
    {
        var error = Assert.Throws<CveFormatException>(() => CveRecordReader.Read(json));
        Assert.Equal(path, error.JsonPath);
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
    }
}
