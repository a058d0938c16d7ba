using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Matching;

namespace MedPatch.Core.Tests.Matching;

/// <summary>Version texts as CISA's product trees carry them, read through the normalizer like real statements.</summary>
public sealed class StatementVersionTests
{
    private static StatementVersion Read(string written)
    {
        // What CsafProductResolver does with a product_version_range: a vers string or the text as written.
        var converted = VersionRangeConverter.Convert(written);
        var statement = MatchTestData.Statement("s", "Medtronic", "MiniMed", converted.Vers ?? written) with { RawVersion = written, Note = converted.Note };
        return StatementVersion.Read(statement);
    }

    [Theory]
    [InlineData("<= 2.4A", "2.4A", "2.5A")]
    [InlineData(">= 1.3.4 | < 1.5.3", "1.4.0", "1.5.3")]
    [InlineData("B.02 | C.02 | C.03", "C.02", "C.04")]
    [InlineData("5.x.x", "5.4.1", "6.0")]
    [InlineData("<= K", "J", "L.01")]
    [InlineData("v8.x model 35700BAX2", "8.1", "9.0")]
    [InlineData("9.x (with Wireless Battery Modules >= 22D19 | <= v22D28)", "9.0.1", "10.2")]
    [InlineData("2.3.6 and  below", "2.3.6", "2.4")]
    [InlineData("Rev J-M", "M.00.03", "H.01")]
    [InlineData("Rev B-M", "K.2", "N.00")]
    public void Ranges_are_read_and_evaluated_with_the_device_comparator(string written, string inside, string outside)
    {
        var v = Read(written);
        Assert.Equal(VersionReadingKind.Range, v.Kind);
        Assert.True(v.Range!.Contains(inside), $"{written} should contain {inside}");
        Assert.False(v.Range!.Contains(outside), $"{written} should not contain {outside}");
    }

    [Fact]
    public void Model_numbers_and_qualifiers_are_taken_out_of_the_version()
    {
        var model = Read("v8.x model 35700BAX2");
        Assert.Equal(["35700BAX2"], model.ModelNumbers);
        Assert.False(model.Qualified);

        var battery = Read("9.x (with Wireless Battery Modules >= 22D19 | <= v22D28)");
        Assert.True(battery.Qualified);
        Assert.Contains("not evaluated", battery.Note, StringComparison.Ordinal);

        var numbers = Read("MMT-1715 | MMT-1754 | MMT-1755");
        Assert.Equal(VersionReadingKind.All, numbers.Kind);
        Assert.Equal(["MMT-1715", "MMT-1754", "MMT-1755"], numbers.ModelNumbers);
    }

    [Theory]
    [InlineData("vers:all/*")]
    [InlineData("Accu-Chek Inform II")]
    public void All_versions(string written) => Assert.Equal(VersionReadingKind.All, Read(written).Kind);

    [Theory]
    [InlineData("distributed  < april 1, 2018")]
    [InlineData("<= U61 |<= L81")]
    [InlineData("A.01 <= C.0x | 4.0")]
    public void Texts_no_comparator_can_read_are_kept_as_unparseable_with_a_reason(string written)
    {
        var v = Read(written);
        Assert.Equal(VersionReadingKind.Unparseable, v.Kind);
        Assert.False(string.IsNullOrWhiteSpace(v.Note));
    }
}
