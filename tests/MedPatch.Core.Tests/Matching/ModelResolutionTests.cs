using MedPatch.Core.Matching;
using static MedPatch.Core.Tests.Matching.MatchTestData;

namespace MedPatch.Core.Tests.Matching;

/// <summary>Product → model resolution with product names, model numbers and versions from ICSMA advisories.</summary>
public sealed class ModelResolutionTests
{
    private static readonly CatalogIndex Catalog = new(MatchTestData.Catalog(
        [Maker("Baxter", "Hillrom", "Welch Allyn"), Maker("BD", "Becton, Dickinson and Company"), Maker("GE HealthCare", "GE Healthcare", "GE"), Maker("Medtronic")],
        Model("Baxter", "Sigma Spectrum", ["35700BAX", "35700BAX2"]),
        Model("Baxter", "Spectrum IQ", ["35700BAX3"]),
        Model("Baxter", "Q-Stress"),
        Model("Baxter", "ELI 280"),
        Model("Baxter", "ELI 250c"),
        Model("BD", "Alaris System", ["8015"], ["Alaris PC Unit"]),
        Model("BD", "Alaris 8000 PC Unit", ["8000"]),
        Model("BD", "Alaris Systems Manager"),
        Model("GE HealthCare", "Discovery XR656"),
        Model("GE HealthCare", "Discovery XR656 Plus"),
        Model("GE HealthCare", "Optima CT660"),
        Model("GE HealthCare", "CARESCAPE B450"),
        Model("Medtronic", "MiniMed Paradigm 722"),
        Model("Medtronic", "MiniMed Paradigm 722K"),
        Model("Medtronic", "MiniMed 670G")));

    private static IReadOnlyList<ModelMatch> Models(string vendor, string product, string? version = null) =>
        Catalog.Resolve(Statement("s", vendor, product, null, version: version)).Models;

    [Theory]
    [InlineData("Baxter Spectrum", "v8.x model 35700BAX2", "Sigma Spectrum")]
    [InlineData("Sigma Spectrum", "6.x model 35700BAX", "Sigma Spectrum")]
    [InlineData("Baxter Spectrum", "v9.x model 35700BAX3", "Spectrum IQ")]
    [InlineData("Baxter Spectrum IQ", "9.x model 35700BAX3", "Spectrum IQ")]
    public void Model_numbers_in_the_version_text_tell_Sigma_Spectrum_from_Spectrum_IQ(string product, string version, string expected)
    {
        var match = Assert.Single(Models("Baxter", product, version));
        Assert.Equal(expected, match.Model.Name);
        Assert.Equal(MatchConfidence.High, match.Confidence);
        Assert.StartsWith("model number", match.How, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookalikes_of_the_same_maker_do_not_match()
    {
        Assert.DoesNotContain(Models("Baxter", "Spectrum IQ"), m => m.Model.Name == "Sigma Spectrum");
        Assert.DoesNotContain(Models("Baxter", "Sigma Spectrum"), m => m.Model.Name == "Spectrum IQ");
        Assert.Empty(Models("GE Healthcare", "Optima 640"));
        Assert.Equal(["Discovery XR656 Plus"], Models("GE Healthcare", "Discovery XR656 Plus").Select(m => m.Model.Name));
        Assert.Equal(["Discovery XR656"], Models("GE Healthcare", "Discovery XR656").Select(m => m.Model.Name));

        // Without the Plus model in the catalog, the Plus statement is at most a low "possible" for the base model.
        var plusOnly = new CatalogIndex(MatchTestData.Catalog([Maker("GE HealthCare", "GE Healthcare")], Model("GE HealthCare", "Discovery XR656")));
        var variant = Assert.Single(plusOnly.Resolve(Statement("s", "GE Healthcare", "Discovery XR656 Plus", null)).Models);
        Assert.Equal(MatchConfidence.Low, variant.Confidence);
    }

    [Fact]
    public void Alaris_PC_Unit_8015_is_the_Alaris_System_by_model_number_and_by_alias()
    {
        Assert.Equal(["Alaris System"], Models("Becton, Dickinson and Company (BD)", "Alaris PC Unit Model 8015").Select(m => m.Model.Name));
        Assert.Equal(["Alaris System"], Models("Becton, Dickinson and Company (BD)", "Alaris 8015 PC unit").Select(m => m.Model.Name));
        var alias = Assert.Single(Models("Becton, Dickinson and Company (BD)", "Alaris PC Unit"));
        Assert.Equal("Alaris System", alias.Model.Name);
        Assert.Contains("alias", alias.How, StringComparison.Ordinal);
        Assert.Equal(["Alaris 8000 PC Unit"], Models("Becton, Dickinson and Company (BD)", "Alaris 8000 PC unit").Select(m => m.Model.Name));
        Assert.Equal(["Alaris Systems Manager"], Models("Becton, Dickinson and Company (BD)", "Alaris Systems Manager").Select(m => m.Model.Name));
    }

    [Fact]
    public void Descriptive_words_and_the_brand_do_not_stop_a_match()
    {
        var q = Assert.Single(Models("Hillrom", "Welch Allyn Q-Stress Cardiac Stress Testing System"));
        Assert.Equal(("Q-Stress", MatchConfidence.High), (q.Model.Name, q.Confidence));
        var eli = Assert.Single(Models("Hillrom and ELI, Baxter International Inc.", "Welch Allyn ELI 280/BUR280/MLBUR 280 Resting Electrocardiograph"));
        Assert.Equal("ELI 280", eli.Model.Name);
        Assert.Equal("CARESCAPE B450", Assert.Single(Models("General Electric (GE)", "B450")).Model.Name);
    }

    [Fact]
    public void Slash_lists_name_each_product_and_suffix_letters_make_another_product()
    {
        Assert.Equal(["MiniMed Paradigm 722"], Models("Medtronic", "MiniMed Paradigm 522/722 pumps").Select(m => m.Model.Name));
        Assert.Equal(["MiniMed Paradigm 722K"], Models("Medtronic", "MiniMed Paradigm 522K/722K pumps").Select(m => m.Model.Name));
    }

    [Fact]
    public void Model_numbers_the_catalog_lacks_lower_the_confidence_of_a_name_match()
    {
        var match = Assert.Single(Catalog.Resolve(Statement("s", "Medtronic", "MiniMed 670G", "vers:device/MMT-1740|MMT-1741")).Models);
        Assert.Equal(MatchConfidence.Medium, match.Confidence);
        Assert.Contains("not recorded", match.How, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_naming_no_model_is_kept_with_a_reason()
    {
        var unknownVendor = Catalog.Resolve(Statement("s", "OFFIS", "DCMTK", "vers:device/<3.6.7"));
        Assert.Empty(unknownVendor.Models);
        Assert.Contains("OFFIS", unknownVendor.Unresolved, StringComparison.Ordinal);

        var unknownProduct = Catalog.Resolve(Statement("s", "Baxter", "ExactaMix EM2400", "vers:device/1.10"));
        Assert.Contains("ExactaMix", unknownProduct.Unresolved, StringComparison.Ordinal);
    }
}
