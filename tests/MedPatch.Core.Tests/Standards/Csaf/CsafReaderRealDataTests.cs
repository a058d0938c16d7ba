using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>The CISA advisories and the OASIS examples read into the typed model and conform to the schema.</summary>
public sealed class CsafReaderRealDataTests
{
    public static TheoryData<string> Advisories() => CsafTestData.Advisories();

    public static TheoryData<string> OasisExamples() => CsafTestData.OasisExamples();

    [Theory]
    [MemberData(nameof(Advisories))]
    public void Advisory_reads_into_the_model_and_is_schema_valid(string relative)
    {
        var result = CsafReader.Read(CsafTestData.Bytes(relative));

        Assert.True(result.Errors.Count == 0, relative + ":\n" + string.Join("\n", result.Errors.Take(20)));
        var document = Assert.IsType<CsafDocument>(result.Document);
        Assert.Equal("2.0", document.Document.CsafVersion);
        Assert.False(string.IsNullOrWhiteSpace(document.Document.Tracking.Id));
        Assert.NotEmpty(document.Document.Tracking.RevisionHistory);
        Assert.NotNull(document.ProductTree);
        Assert.NotEmpty(document.AllProducts());

        // Every product a vulnerability names resolves to the product tree.
        foreach (var vulnerability in document.Vulnerabilities)
        {
            foreach (var id in vulnerability.ProductStatus?.Affected ?? [])
            {
                Assert.NotNull(document.FindProduct(id));
            }
        }
    }

    [Theory]
    [MemberData(nameof(OasisExamples))]
    public void Oasis_example_reads_into_the_model(string relative)
    {
        var result = CsafReader.Read(CsafTestData.Bytes(relative));

        Assert.True(result.Errors.Count == 0, relative + ":\n" + string.Join("\n", result.Errors.Take(20)));
        Assert.NotNull(result.Document);
        Assert.Equal("2.0", result.Document.Document.CsafVersion);
    }

    [Fact]
    public void The_shared_data_has_the_advisories()
    {
        foreach (var folder in CsafTestData.AdvisoryFolders)
        {
            Assert.NotEmpty(Directory.GetFiles(CsafTestData.Path(folder), "*.json"));
        }
    }
}
