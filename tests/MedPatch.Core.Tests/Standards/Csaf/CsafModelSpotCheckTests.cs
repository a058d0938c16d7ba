using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>Values of real advisories, read through the model, against what the JSON files say.</summary>
public sealed class CsafModelSpotCheckTests
{
    [Fact]
    public void Medtronic_conexus_advisory_gives_tracking_products_and_vulnerabilities()
    {
        var document = Read("cisa-icsma/icsma-19-080-01.json");

        var tracking = document.Document.Tracking;
        Assert.Equal("ICSMA-19-080-01", tracking.Id);
        Assert.Equal(CsafTrackingStatus.Final, tracking.Status);
        Assert.Equal("4", tracking.Version);
        Assert.Equal(4, tracking.RevisionHistory.Count);
        Assert.Equal(["1", "2", "3", "4"], tracking.RevisionHistory.Select(r => r.Number));
        Assert.Equal(new DateTimeOffset(2019, 3, 21, 0, 0, 0, TimeSpan.Zero), tracking.InitialReleaseDate);
        Assert.Equal(new DateTimeOffset(2021, 4, 8, 0, 0, 0, TimeSpan.Zero), tracking.CurrentReleaseDate);
        Assert.Equal("Medtronic Conexus Radio Frequency Telemetry Protocol (Update C)", document.Document.Title);
        Assert.Equal(CsafPublisherCategory.Coordinator, document.Document.Publisher.Category);
        Assert.Equal("https://www.cisa.gov/", document.Document.Publisher.Namespace);
        Assert.Equal(CsafTlpLabel.White, document.Document.Distribution?.Tlp?.Label);

        var products = document.AllProducts();
        Assert.Equal(22, products.Count);
        var monitor = document.FindProduct("CSAFPID-0001");
        Assert.NotNull(monitor);
        Assert.Equal("Medtronic", monitor.Vendor);
        Assert.Equal("MyCareLink Monitor", monitor.ProductName);
        Assert.Equal("24950 | 24952", monitor.ProductVersion);
        Assert.Null(monitor.ProductVersionRange);
        Assert.Equal("MyCareLink Monitor: Versions 24950 and 24952", monitor.Name);
        Assert.Equal(
            [CsafBranchCategory.Vendor, CsafBranchCategory.ProductName, CsafBranchCategory.ProductVersion],
            monitor.BranchPath.Select(s => s.Category));
        Assert.Equal("Nayamed ND ICD", document.FindProduct("CSAFPID-00022")?.ProductName);
        var byId = document.ProductTree!.ProductsById();
        Assert.Equal(22, byId.Count);
        Assert.Same(monitor.Product, byId["CSAFPID-0001"].Product);

        Assert.Equal(2, document.Vulnerabilities.Count);
        var first = document.Vulnerabilities[0];
        Assert.Equal("CVE-2019-6538", first.Cve);
        Assert.Equal(new CsafCwe("CWE-284", "Improper Access Control"), first.Cwe);
        Assert.Equal(22, first.ProductStatus?.KnownAffected.Count);
        Assert.Empty(first.ProductStatus!.Fixed);
        var score = Assert.Single(first.Scores);
        Assert.Equal("CVSS:3.0/AV:A/AC:L/PR:N/UI:N/S:C/C:N/I:H/A:H", score.CvssV3?.VectorString);
        Assert.Equal("3.0", score.CvssV3?.Version);
        Assert.Equal(9.3m, score.CvssV3?.BaseScore);
        Assert.Equal("CRITICAL", score.CvssV3?.BaseSeverity);
        Assert.Equal(22, score.Products.Count);
        Assert.All(first.Remediations, r => Assert.Equal(CsafRemediationCategory.VendorFix, r.Category));
        Assert.Equal(4, first.Remediations.Count);
    }

    [Fact]
    public void Version_ranges_resolve_through_the_branch_path()
    {
        var document = Read("cisa-icsma/icsma-24-254-01.json");

        var app = document.FindProduct("CSAFPID-0001");
        Assert.NotNull(app);
        Assert.Equal("BPL Medical Technologies", app.Vendor);
        Assert.Equal("Be Well Android Application", app.ProductName);
        Assert.Equal("<=3.64", app.ProductVersionRange);
        Assert.Null(app.ProductVersion);
        Assert.Equal("vers:all/*", document.FindProduct("CSAFPID-0002")?.ProductVersionRange);
        Assert.Null(document.FindProduct("CSAFPID-9999"));

        var vulnerability = Assert.Single(document.Vulnerabilities);
        Assert.Equal("CVE-2024-34463", vulnerability.Cve);
        Assert.Equal(["CSAFPID-0001", "CSAFPID-0002"], vulnerability.ProductStatus?.Affected);
        Assert.Equal(4.6m, vulnerability.Scores[0].CvssV3?.BaseScore);
    }

    [Fact]
    public void Relationships_and_groups_of_an_oasis_example_resolve()
    {
        var document = Read("oasis-tests/examples/csaf/rhsa-2021_5186.json");

        var tree = Assert.IsType<CsafProductTree>(document.ProductTree);
        Assert.NotEmpty(tree.Relationships);
        var relationship = tree.Relationships[0];
        var entry = document.FindProduct(relationship.FullProductName.ProductId);
        Assert.NotNull(entry);
        Assert.Same(relationship, entry.Relationship);
        Assert.Empty(entry.BranchPath);
        Assert.NotNull(document.FindProduct(relationship.ProductReference));
        Assert.NotNull(document.FindProduct(relationship.RelatesToProductReference));
        Assert.Equal(CountLeaves(tree.Branches) + tree.FullProductNames.Count + tree.Relationships.Count, document.AllProducts().Count);
    }

    [Fact]
    public void Enum_names_round_trip_in_the_schema_spelling()
    {
        Assert.Equal("vendor_fix", CsafEnumNames.ToJson(CsafRemediationCategory.VendorFix));
        Assert.Equal("WHITE", CsafEnumNames.ToJson(CsafTlpLabel.White));
        Assert.Equal("product_version_range", CsafEnumNames.ToJson(CsafBranchCategory.ProductVersionRange));
        Assert.Equal("vulnerable_code_cannot_be_controlled_by_adversary", CsafEnumNames.ToJson(CsafFlagLabel.VulnerableCodeCannotBeControlledByAdversary));
        Assert.True(CsafEnumNames.TryParse<CsafInvolvementStatus>("contact_attempted", out var status));
        Assert.Equal(CsafInvolvementStatus.ContactAttempted, status);
        Assert.False(CsafEnumNames.TryParse<CsafTlpLabel>("white", out _));
    }

    private static int CountLeaves(IEnumerable<CsafBranch> branches) =>
        branches.Sum(b => (b.Product is null ? 0 : 1) + CountLeaves(b.Branches));

    private static CsafDocument Read(string relative)
    {
        var result = CsafReader.Read(CsafTestData.Bytes(relative));
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        return Assert.IsType<CsafDocument>(result.Document);
    }
}
