using MedPatch.Core.Standards.Cpe;

namespace MedPatch.Core.Tests.Standards.Cpe;

/// <summary>URI binding (NIST IR 7695 §6.1), examples from the spec.</summary>
public sealed class CpeUriTests
{
    [Theory]
    [InlineData("cpe:/a:microsoft:internet_explorer:8.0.6001:beta")]
    [InlineData("cpe:/a:microsoft:internet_explorer:8.%02:sp%01")]
    [InlineData("cpe:/a:hp:insight_diagnostics:7.4.0.1570::~~online~win2003~x64~")]
    [InlineData("cpe:/a:foo%5cbar:big%24money_2010:::~~special~ipod_touch~80gb~")]
    [InlineData("cpe:/a:foo%21bar:product:1.0")]
    [InlineData("cpe:/o:microsoft:windows_xp:-:sp2")]
    public void Round_trips(string uri) => Assert.Equal(uri, CpeName.Parse(uri).ToUri());

    [Fact]
    public void Percent_encoding_is_quoted_in_the_wfn()
    {
        var name = CpeName.Parse("cpe:/a:foo%21bar:product:1.0");
        Assert.Equal("foo\\!bar", name.Vendor.Text);
        Assert.Equal("cpe:2.3:a:foo\\!bar:product:1.0:*:*:*:*:*:*:*", name.ToFormattedString());
    }

    [Fact]
    public void Packed_edition_unpacks_into_five_attributes()
    {
        var name = CpeName.Parse("cpe:/a:hp:insight_diagnostics:7.4.0.1570:-:~~online~win2003~x64~");
        Assert.True(name.Update.IsNotApplicable);
        Assert.True(name.Edition.IsAny);
        Assert.Equal("online", name.SwEdition.Text);
        Assert.Equal("win2003", name.TargetSw.Text);
        Assert.Equal("x64", name.TargetHw.Text);
        Assert.True(name.Other.IsAny);
        Assert.Equal("cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*", name.ToFormattedString());
    }

    [Fact]
    public void Missing_components_are_any_and_input_is_lower_cased()
    {
        var name = CpeName.Parse("CPE:/A:Microsoft");
        Assert.Equal("microsoft", name.Vendor.Text);
        Assert.True(name.Product.IsAny);
        Assert.True(name.Other.IsAny);
    }

    [Fact]
    public void Formatted_string_binds_to_uri_with_percent_encoding()
    {
        var name = CpeName.Parse("cpe:2.3:a:foo\\~bar:prod\\@uct:*:*:*:en\\-us:*:*:*:*");
        Assert.Equal("cpe:/a:foo%7ebar:prod%40uct::::en-us", name.ToUri());
    }

    [Theory]
    [InlineData("cpe:/a:vendor:product:1.0:u:~a~b~c:en", "edition")]
    [InlineData("cpe:/a:ven dor", "vendor")]
    [InlineData("cpe:/a:vendor:pro%zzduct", "product")]
    [InlineData("cpe:/a:vendor:product:1%010", "version")]
    [InlineData("cpe:/a:b:c:d:e:f:g:h", "URI")]
    public void Errors_name_the_component(string uri, string component)
    {
        var ex = Assert.Throws<CpeFormatException>(() => CpeName.Parse(uri));
        Assert.Contains(component, ex.Message, StringComparison.Ordinal);
    }
}
