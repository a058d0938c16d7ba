using MedPatch.Core.Standards.Cpe;

namespace MedPatch.Core.Tests.Standards.Cpe;

/// <summary>WFN values and names (NIST IR 7695 §5).</summary>
public sealed class CpeValueTests
{
    [Fact]
    public void Default_value_is_any() => Assert.Equal(CpeValue.Any, default);

    [Fact]
    public void Literal_quotes_special_characters() => Assert.Equal("foo\\!bar\\*", CpeValue.Literal("foo!bar*").Text);

    [Theory]
    [InlineData("foo!bar")]
    [InlineData("fo*o")]
    [InlineData("*")]
    [InlineData("")]
    [InlineData("a\\")]
    public void Invalid_wfn_values_are_rejected(string wfn) =>
        Assert.Throws<CpeFormatException>(() => CpeValue.FromWfn(wfn));

    [Fact]
    public void Part_must_be_a_o_h_or_any()
    {
        Assert.Throws<CpeFormatException>(() => CpeName.Create(CpeValue.FromWfn("x")));
        Assert.Throws<CpeFormatException>(() => CpeName.Create(CpeValue.NotApplicable));
        Assert.True(CpeName.Create().Part.IsAny);
    }

    [Fact]
    public void Names_from_both_bindings_are_equal()
    {
        var fromFs = CpeName.Parse("cpe:2.3:a:foo\\!bar:product:1.0:*:*:*:*:*:*:*");
        var fromUri = CpeName.Parse("cpe:/a:foo%21bar:product:1.0");
        Assert.Equal(fromFs, fromUri);
        Assert.Equal(fromFs.GetHashCode(), fromUri.GetHashCode());
    }

    [Fact]
    public void TryParse_reports_failure() => Assert.False(CpeName.TryParse("not a cpe", out _));
}
