using MedPatch.Core.Matching;
using static MedPatch.Core.Tests.Matching.MatchTestData;

namespace MedPatch.Core.Tests.Matching;

/// <summary>
/// Product names that list, range or only describe models, as CISA's Philips, Baxter and BD advisories write them:
/// model number ranges, shorthand lists, series codes, kind nouns ("Monitor", "Pumps") and acronyms.
/// </summary>
public sealed class ProductNameReadingTests
{
    private static readonly CatalogIndex Catalog = new(MatchTestData.Catalog(
        [Maker("Philips"), Maker("Baxter", "Hillrom", "Welch Allyn"), Maker("BD", "Becton, Dickinson and Company", "CME Medical"), Maker("Medtronic")],
        Model("Philips", "IntelliVue MX450", ["866062"]),
        Model("Philips", "IntelliVue MX800", ["865240"]),
        Model("Philips", "IntelliVue MX850"),
        Model("Philips", "IntelliVue MX40"),
        Model("Philips", "IntelliVue MP50", ["M8004A"]),
        Model("Philips", "IntelliVue MP5", ["M8105A"]),
        Model("Philips", "Avalon FM30"),
        Model("Philips", "Sparq"),
        Model("Philips", "EPIQ 7"),
        Model("Philips", "IntelliBridge EC40"),
        Model("Baxter", "Connex Spot Monitor"),
        Model("Baxter", "Spot Vision Screener"),
        Model("BD", "Alaris System", ["8015"], ["Alaris PC Unit"]),
        Model("BD", "Alaris Gateway Workstation"),
        Model("BD", "BodyGuard 323"),
        Model("BD", "BodyGuard 323 Color Vision"),
        Model("Medtronic", "MyCareLink Monitor", ["24950", "24952"]),
        Model("Medtronic", "Evera MRI XT DR", ["DDMB2D4"], ["Evera ICD"])));

    private static IReadOnlyList<ModelMatch> Models(string vendor, string product, string? version = null) =>
        Catalog.Resolve(Statement("s", vendor, product, null, version: version)).Models;

    private static (string, MatchConfidence)[] Named(string vendor, string product) =>
        [.. Models(vendor, product).Select(m => (m.Model.Name, m.Confidence)).Order()];

    [Theory]
    [InlineData("IntelliVue Patient Monitors MX (MX400-550)")]
    [InlineData("IntelliVue MX400–MX550")]
    [InlineData("IntelliVue MX400 - MX550")]
    public void A_model_number_range_in_the_name_covers_the_models_inside_it(string product) =>
        Assert.Equal([("IntelliVue MX450", MatchConfidence.High)], Named("Philips", product));

    [Fact]
    public void A_range_covers_model_numbers_and_leaves_the_models_outside_it()
    {
        Assert.Equal([("IntelliVue MX800", MatchConfidence.High)], Named("Philips", "IntelliVue 865200-865250 monitors"));
        Assert.Equal([("IntelliVue MX450", MatchConfidence.High), ("IntelliVue MX800", MatchConfidence.High)], Named("Philips", "IntelliVue MX400-MX800"));
        Assert.DoesNotContain(Models("Philips", "IntelliVue MX400-MX800"), m => m.Model.Name == "IntelliVue MX850");

        // The MX40 is of the MX series but outside the range the name gives: not even as a family member.
        Assert.Equal([("IntelliVue MX450", MatchConfidence.High)], Named("Philips", "IntelliVue Patient Monitors MX Series (MX400-550)"));
        Assert.Contains(("IntelliVue MX40", MatchConfidence.Medium), Named("Philips", "IntelliVue Patient Monitors MX Series"));
    }

    [Fact]
    public void Shorthand_lists_name_each_model_in_full()
    {
        // "MX800/700/600" is MX800, MX700 and MX600; "M8001A/2A/…/10A" is M8001A, M8002A … M8010A.
        Assert.Contains(("IntelliVue MX800", MatchConfidence.High), Named("Philips", "IntelliVue Patient Monitors MP Series (includingMP2/X2/MP30/MP50/MP70/NP90/MX700/800)"));
        var mp50 = Assert.Single(Models("Philips", "IntelliVue MP monitors MP20-MP90 (M8001A/2A/3A/4A/5A/7A/8A/10A) WLAN"));
        Assert.Equal(("IntelliVue MP50", "model number M8004A"), (mp50.Model.Name, mp50.How));
        Assert.Equal("IntelliVue MX800", Assert.Single(Models("Philips", "IntelliVue MP monitors MX800/700/600 ((865240/41/42) WLAN")).Model.Name);
    }

    [Fact]
    public void A_series_named_as_such_covers_its_other_models_at_medium()
    {
        var named = Named("Philips", "IntelliVue Patient Monitors MP Series (includingMP2/X2/MP30/MP50/MP70/NP90/MX700/800)");
        Assert.Contains(("IntelliVue MP50", MatchConfidence.High), named);
        Assert.Contains(("IntelliVue MP5", MatchConfidence.Medium), named);
        Assert.DoesNotContain(named, n => n.Item1 == "IntelliVue MX450");
    }

    [Fact]
    public void Kind_nouns_neither_make_nor_break_a_match()
    {
        Assert.Equal([("Sparq", MatchConfidence.High)], Named("Philips", "Ultrasound Sparq"));
        Assert.Equal([("EPIQ 7", MatchConfidence.Medium)], Named("Philips", "Ultrasound EPIQ/Affiniti"));
        Assert.Equal([("Avalon FM30", MatchConfidence.High)], Named("Philips", "Avalon Fetal/Maternal Monitors FM20/FM30/FM40/FM50"));
        Assert.Equal([("IntelliBridge EC40", MatchConfidence.High)], Named("Philips", "IntelliBridge EC 40 Hub"));
        Assert.Equal([("BodyGuard 323", MatchConfidence.Medium), ("BodyGuard 323 Color Vision", MatchConfidence.Medium)], Named("BD", "BodyGuard Pumps"));
        Assert.Equal([("BodyGuard 323", MatchConfidence.High)], Named("BD", "CME BodyGuard 323"));
    }

    [Theory]
    [InlineData("Baxter", "Monitor")]
    [InlineData("Baxter", "Patient Monitor")]
    [InlineData("Medtronic", "Monitors")]
    public void A_name_made_only_of_kind_nouns_is_at_most_a_low_match(string vendor, string product)
    {
        var models = Models(vendor, product);
        Assert.All(models, m => Assert.Equal(MatchConfidence.Low, m.Confidence));
        Assert.All(models, m => Assert.Contains("names only a kind of device", m.How, StringComparison.Ordinal));
        Assert.DoesNotContain(models, m => m.Model.Name == "Spot Vision Screener");
    }

    [Fact]
    public void A_variant_reading_yields_to_the_model_that_explains_more_of_the_name_and_acronyms_are_variants()
    {
        var gs = Assert.Single(Models("BD", "Alaris Gateway Workstation Alaris GS"));
        Assert.Equal(("Alaris Gateway Workstation", MatchConfidence.Low), (gs.Model.Name, gs.Confidence));
        var tiva = Assert.Single(Models("BD", "Alaris Gateway Workstation Alaris TIVA"));
        Assert.Equal(("Alaris Gateway Workstation", MatchConfidence.Low), (tiva.Model.Name, tiva.Confidence));
    }

    [Fact]
    public void A_family_name_with_no_word_in_common_reaches_a_model_through_an_alias()
    {
        // "Evera ICD" shares only the brand with "Evera MRI XT DR": an administrator's alias says they are one line.
        var evera = Assert.Single(Models("Medtronic", "Evera ICD"));
        Assert.Equal(("Evera MRI XT DR", MatchConfidence.High, "alias 'Evera ICD'"), (evera.Model.Name, evera.Confidence, evera.How));
    }
}
