using System.Text;
using MedPatch.Core.Standards.Kev;

namespace MedPatch.Core.Tests.Standards.Kev;

public sealed class KevCatalogReaderErrorTests
{
    private const string Entry = """
        {"cveID":"CVE-2021-44228","vendorProject":"Apache","product":"Log4j2","vulnerabilityName":"Log4Shell",
         "dateAdded":"2021-12-10","shortDescription":"d","requiredAction":"a","dueDate":"2021-12-24",
         "knownRansomwareCampaignUse":"Known","notes":"n","cwes":["CWE-20","CWE-917"]}
        """;

    private static KevCatalog Read(string json) => KevCatalogReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static string Catalog(string entry, int count = 1) =>
        $$"""{"title":"t","catalogVersion":"2021.12.10","dateReleased":"2021-12-10T15:00:00.000Z","count":{{count}},"vulnerabilities":[{{entry}}]}""";

    [Fact]
    public void Minimal_catalog_reads_into_typed_records()
    {
        var catalog = Read(Catalog(Entry));

        var entry = Assert.Single(catalog.Vulnerabilities);
        Assert.Equal("2021.12.10", catalog.CatalogVersion);
        Assert.Equal(new DateTimeOffset(2021, 12, 10, 15, 0, 0, TimeSpan.Zero), catalog.DateReleased);
        Assert.Equal("CVE-2021-44228", entry.CveId);
        Assert.Equal(new DateOnly(2021, 12, 24), entry.DueDate);
        Assert.Equal(["CWE-20", "CWE-917"], entry.Cwes);
    }

    [Fact]
    public void Entry_without_notes_or_cwes_reads_as_empty()
    {
        var entry = Assert.Single(Read(Catalog(Entry.Replace(""","notes":"n","cwes":["CWE-20","CWE-917"]""", "", StringComparison.Ordinal))).Vulnerabilities);

        Assert.Null(entry.Notes);
        Assert.Empty(entry.Cwes);
    }

    [Theory]
    [InlineData("\"cveID\":\"CVE-2021-44228\",", "", "$.vulnerabilities[0].cveID: required property is missing")]
    [InlineData("\"CVE-2021-44228\"", "\"LOG4SHELL\"", "$.vulnerabilities[0].cveID: 'LOG4SHELL' is not a CVE id")]
    [InlineData("\"CVE-2021-44228\"", "44228", "$.vulnerabilities[0].cveID: expected a string but found a number")]
    [InlineData("\"2021-12-24\"", "\"24/12/2021\"", "$.vulnerabilities[0].dueDate: '24/12/2021' is not a date")]
    [InlineData("\"2021-12-10\",\"short", "\"2021-02-30\",\"short", "$.vulnerabilities[0].dateAdded: '2021-02-30' is not a date")]
    [InlineData("[\"CWE-20\",\"CWE-917\"]", "[\"CWE-20\",917]", "$.vulnerabilities[0].cwes[1]: expected a string but found a number")]
    [InlineData("[\"CWE-20\",\"CWE-917\"]", "\"CWE-20\"", "$.vulnerabilities[0].cwes: expected an array but found a string")]
    public void Malformed_entry_names_its_json_path(string find, string replace, string expected)
    {
        var json = Catalog(Entry.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)
            .Replace(" ", "", StringComparison.Ordinal).Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Throws<KevFormatException>(() => Read(json));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"catalogVersion":"x","dateReleased":"2021-12-10T00:00:00Z","count":0}""", "$.vulnerabilities: required property is missing")]
    [InlineData("""{"catalogVersion":"x","dateReleased":"2021-12-10T00:00:00Z","count":"0","vulnerabilities":[]}""", "$.count: expected an integer but found a string")]
    [InlineData("""{"catalogVersion":"x","dateReleased":"yesterday","count":0,"vulnerabilities":[]}""", "$.dateReleased: 'yesterday' is not a date-time")]
    [InlineData("""{"catalogVersion":"x","dateReleased":"2021-12-10T00:00:00Z","count":0,"vulnerabilities":[1]}""", "$.vulnerabilities[0]: expected an object but found a number")]
    [InlineData("""[]""", "$: expected an object but found an array")]
    [InlineData("""{"count":""", "$: not valid JSON")]
    public void Malformed_catalog_names_its_json_path(string json, string expected)
    {
        var error = Assert.Throws<KevFormatException>(() => Read(json));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_disagreeing_with_the_array_is_an_error()
    {
        var error = Assert.Throws<KevFormatException>(() => Read(Catalog(Entry, count: 2)));

        Assert.Equal("$.count: states 2 but $.vulnerabilities has 1", error.Message);
    }
}
