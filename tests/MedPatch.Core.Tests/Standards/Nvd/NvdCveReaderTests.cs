using MedPatch.Core.Standards.Cve;
using MedPatch.Core.Standards.Nvd;

namespace MedPatch.Core.Tests.Standards.Nvd;

public sealed class NvdCveReaderTests
{
    private const string Page = """
        {"resultsPerPage":2,"startIndex":0,"totalResults":3,"format":"NVD_CVE","version":"2.0","timestamp":"2024-05-01T10:00:00.000",
         "vulnerabilities":[
          {"cve":{"id":"CVE-2024-0001","published":"2024-01-01T00:00:00.000","vulnStatus":"Analyzed",
            "configurations":[{"nodes":[{"operator":"OR","negate":true,"cpeMatch":[{"vulnerable":true,"criteria":"cpe:2.3:a:acme:pump:*:*:*:*:*:*:*:*","versionStartExcluding":"1.0"}]}]}]}},
          {"cve":{"id":"CVE-2024-0002"}}]}
        """;

    [Fact]
    public void Reads_a_response_page()
    {
        var page = NvdCveReader.ReadResponse(Page);
        Assert.Equal((2, 0, 3), (page.ResultsPerPage, page.StartIndex, page.TotalResults));
        Assert.Equal(["CVE-2024-0001", "CVE-2024-0002"], page.Vulnerabilities.Select(v => v.Id));
        var node = page.Vulnerabilities[0].Configurations[0].Nodes[0];
        Assert.True(node.Negate);
        Assert.Equal("1.0", node.CpeMatches[0].VersionStartExcluding);
        Assert.Empty(page.Vulnerabilities[1].Metrics);
        Assert.Null(page.Vulnerabilities[1].Kev);
    }

    [Theory]
    [InlineData("""{"resultsPerPage":1,"startIndex":0,"totalResults":1,"vulnerabilities":[{"cve":{}}]}""", "$.vulnerabilities[0].cve.id")]
    [InlineData("""{"resultsPerPage":1,"startIndex":0,"vulnerabilities":[]}""", "$.totalResults")]
    [InlineData("""{"resultsPerPage":"1","startIndex":0,"totalResults":1,"vulnerabilities":[]}""", "$.resultsPerPage")]
    [InlineData("""{"resultsPerPage":1,"startIndex":0,"totalResults":1,"vulnerabilities":{}}""", "$.vulnerabilities")]
    [InlineData("""{"resultsPerPage":1,"startIndex":0,"totalResults":1,"vulnerabilities":[{"cve":{"id":"CVE-2024-0001","configurations":[{"nodes":[{"operator":"XOR"}]}]}}]}""", "$.vulnerabilities[0].cve.configurations[0].nodes[0].operator")]
    [InlineData("""{"resultsPerPage":1,"startIndex":0,"totalResults":1,"vulnerabilities":[{"cve":{"id":"CVE-2024-0001","configurations":[{"nodes":[{"cpeMatch":[{"criteria":"cpe:2.3:a:a:b:*:*:*:*:*:*:*:*"}]}]}]}}]}""", "$.vulnerabilities[0].cve.configurations[0].nodes[0].cpeMatch[0].vulnerable")]
    [InlineData("""{"resultsPerPage":1,"startIndex":0,"totalResults":1,"vulnerabilities":[{"cve":{"id":"CVE-2024-0001","metrics":{"cvssMetricV31":[{"cvssData":{"baseScore":1}}]}}}]}""", "$.vulnerabilities[0].cve.metrics.cvssMetricV31[0].cvssData.vectorString")]
    public void Malformed_responses_name_the_json_path(string json, string path)
    {
        var error = Assert.Throws<CveFormatException>(() => NvdCveReader.ReadResponse(json));
        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void Reads_one_item_from_a_stream()
    {
        using var stream = new MemoryStream("""{"cve":{"id":"CVE-2024-0003","lastModified":"2024-02-01T00:00:00"}}"""u8.ToArray());
        var cve = NvdCveReader.ReadItem(stream);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), cve.LastModified);
    }
}
