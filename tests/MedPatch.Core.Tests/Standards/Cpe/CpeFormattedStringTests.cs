using MedPatch.Core.Standards.Cpe;

namespace MedPatch.Core.Tests.Standards.Cpe;

/// <summary>Formatted string binding (NIST IR 7695 §6.2), examples from the spec.</summary>
public sealed class CpeFormattedStringTests
{
    [Theory]
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*")]
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*")]
    [InlineData("cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*")]
    [InlineData("cpe:2.3:a:foo\\\\bar:big\\$money_2010:*:*:*:*:special:ipod_touch:80gb:*")]
    [InlineData("cpe:2.3:a:foo\\!bar:product:1.0:*:*:*:*:*:*:*")]
    [InlineData("cpe:2.3:o:-:-:-:-:-:-:-:-:-:-")]
    public void Round_trips(string fs) => Assert.Equal(fs, CpeName.Parse(fs).ToFormattedString());

    [Fact]
    public void Unbinds_to_wfn_per_6_2_3()
    {
        // IR 7695 §6.2.3 example 1.
        var name = CpeName.Parse("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*");
        Assert.Equal(
            "wfn:[part=\"a\",vendor=\"microsoft\",product=\"internet_explorer\",version=\"8\\.0\\.6001\",update=\"beta\","
            + "edition=ANY,language=ANY,sw_edition=ANY,target_sw=ANY,target_hw=ANY,other=ANY]",
            name.ToWfnString());
    }

    [Fact]
    public void Escaped_special_characters_stay_quoted()
    {
        var name = CpeName.Parse("cpe:2.3:a:foo\\!bar:x\\:y:*:*:*:*:*:*:*:*");
        Assert.Equal("foo\\!bar", name.Vendor.Text);
        Assert.Equal("foo!bar", name.Vendor.Unquoted);
        Assert.Equal("x:y", name.Product.Unquoted);
    }

    [Fact]
    public void Star_and_dash_are_any_and_na()
    {
        var name = CpeName.Parse("cpe:2.3:a:vendor:product:1.0:-:*:*:*:*:*:*");
        Assert.True(name.Update.IsNotApplicable);
        Assert.True(name.Edition.IsAny);
    }

    [Fact]
    public void Wildcards_are_kept_unquoted_and_quoted_ones_are_literal()
    {
        var name = CpeName.Parse("cpe:2.3:a:vendor:foo*:\\*1\\?:*:*:*:*:*:*:*");
        Assert.True(name.Product.HasWildcards);
        Assert.False(name.Version.HasWildcards);
        Assert.Equal("*1?", name.Version.Unquoted);
    }

    [Theory]
    [InlineData("cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*", "formatted string")]
    [InlineData("cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*:*", "formatted string")]
    [InlineData("cpe:2.3:x:vendor:product:1.0:*:*:*:*:*:*:*", "part")]
    [InlineData("cpe:2.3:a:ven*dor:product:1.0:*:*:*:*:*:*:*", "vendor")]
    [InlineData("cpe:2.3:a:vendor::1.0:*:*:*:*:*:*:*", "product")]
    [InlineData("cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:a b", "other")]
    [InlineData("cpe:2.3:a:vendor:product:1?0:*:*:*:*:*:*:*", "version")]
    [InlineData("cpe:2.2:a:vendor", "prefix")]
    public void Errors_name_the_component(string fs, string component)
    {
        var ex = Assert.Throws<CpeFormatException>(() => CpeName.Parse(fs));
        Assert.Contains(component, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_unquotes_dot_dash_underscore_only()
    {
        var name = CpeName.Create(
            CpeValue.Literal("a"), CpeValue.Literal("foo!bar"), CpeValue.Literal("big$money_2010"), CpeValue.Literal("1.0-rc"));
        Assert.Equal("cpe:2.3:a:foo\\!bar:big\\$money_2010:1.0-rc:*:*:*:*:*:*:*", name.ToFormattedString());
    }
}
