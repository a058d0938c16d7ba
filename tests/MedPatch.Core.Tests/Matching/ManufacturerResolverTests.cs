using MedPatch.Core.Matching;

namespace MedPatch.Core.Tests.Matching;

public sealed class ManufacturerResolverTests
{
    private static readonly MatchManufacturer Bd = MatchTestData.Maker("BD", "Becton, Dickinson and Company");
    private static readonly MatchManufacturer Baxter = MatchTestData.Maker("Baxter", "Hillrom", "Welch Allyn");
    private static readonly MatchManufacturer Ge = MatchTestData.Maker("GE HealthCare", "GE");
    private static readonly MatchManufacturer Philips = MatchTestData.Maker("Philips");
    private static readonly MatchManufacturer Medtronic = MatchTestData.Maker("Medtronic");
    private static readonly MatchManufacturer Draeger = MatchTestData.Maker("Dräger");
    private static readonly ManufacturerResolver Resolver = new([Bd, Baxter, Ge, Philips, Medtronic, Draeger]);

    // Vendor texts as CISA's ICSMA product trees write them.
    [Theory]
    [InlineData("Becton, Dickinson and Company (BD)", "BD")]
    [InlineData("Medtronic ", "Medtronic")]
    [InlineData("General Electric (GE)", "GE HealthCare")]
    [InlineData("GE Healthcare", "GE HealthCare")]
    [InlineData("Hillrom", "Baxter")]
    [InlineData("Baxter International Inc.", "Baxter")]
    [InlineData("Draeger", "Dräger")]
    [InlineData("DRÄGER", "Dräger")]
    public void Resolves_the_vendor_texts_of_advisories_with_certainty(string vendor, string expected)
    {
        var resolution = Resolver.Resolve(vendor);
        Assert.True(resolution.IsCertain);
        Assert.Equal([MatchTestData.Id("maker:" + expected)], resolution.ManufacturerIds);
    }

    [Fact]
    public void A_multi_party_vendor_resolves_to_every_party_known()
    {
        var resolution = Resolver.Resolve("Hillrom and ELI, Baxter International Inc.");
        Assert.Equal([Baxter.Id], resolution.ManufacturerIds);

        var two = Resolver.Resolve("Philips, Medtronic");
        Assert.Equal(new[] { Philips.Id, Medtronic.Id }.Order(), two.ManufacturerIds.Order());
    }

    [Fact]
    public void A_one_letter_misspelling_resolves_but_is_flagged_uncertain()
    {
        var resolution = Resolver.Resolve("Phillips");
        Assert.Equal([Philips.Id], resolution.ManufacturerIds);
        Assert.False(resolution.IsCertain);
        Assert.Contains("spelling", resolution.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Siemens")]
    [InlineData("B. Braun")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_vendors_resolve_to_nothing(string? vendor) => Assert.False(Resolver.Resolve(vendor).Found);
}
