using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Tests.Intelligence.Normalization;

/// <summary>Range texts as CISA advisories write them in product_version_range.</summary>
public sealed class VersionRangeConverterTests
{
    [Theory]
    [InlineData("vers:generic/<=2.4", "vers:generic/<=2.4")]
    [InlineData("vers:all/*", "vers:all/*")]
    [InlineData("<= 2.4A", "vers:device/<=2.4A")]
    [InlineData(">= 1.3.4 | < 1.5.3", "vers:device/>=1.3.4|<1.5.3")]
    [InlineData("B.02 | C.02 | C.03", "vers:device/B.02|C.02|C.03")]
    [InlineData("5.0|5.1", "vers:device/5.0|5.1")]
    [InlineData("<=1.1.0.2", "vers:device/<=1.1.0.2")]
    [InlineData("< 012U000040", "vers:device/<012U000040")]
    [InlineData("<=2023.3_Build_9342", "vers:device/<=2023.3_Build_9342")]
    [InlineData(">= 2018-1 | <= 2021-1", "vers:device/>=2018-1|<=2021-1")]
    [InlineData("All versions", "vers:all/*")]
    [InlineData("All versions < V9.0 SP3", "vers:device/<V9.0%20SP3")]
    [InlineData("All firmware versions < V6.00.320", "vers:device/<V6.00.320")]
    [InlineData("0 < 9.8.12", "vers:device/<9.8.12")]
    [InlineData("1.2 <= 1.9", "vers:device/>=1.2|<=1.9")]
    [InlineData("2.3.6 and  below", "vers:device/<=2.3.6")]
    [InlineData("04.00.00 or newer", "vers:device/>=04.00.00")]
    [InlineData("1.03.07 (build 317)", "vers:device/1.03.07%20build%20317")]
    public void Converts_ranges_that_vers_can_express(string raw, string expected)
    {
        var result = VersionRangeConverter.Convert(raw);

        Assert.Equal(expected, result.Vers);
        Assert.Equal(raw, result.Raw);
        Assert.Null(result.Note);
        Assert.Equal(expected, VersRange.Parse(expected).ToString());
    }

    [Theory]
    [InlineData("5.x.x", "vers:device/>=5|<6", "6.0.0", "5.9.1")]
    [InlineData("<= 12.2.x.x", "vers:device/<12.3", "12.3.0", "12.2.8.100")]
    [InlineData("< 3.x", "vers:device/<3", "3.0", "2.9")]
    [InlineData("<= 11.x", "vers:device/<12", "12", "11.4")]
    public void Reads_trailing_wildcards_as_bounds_and_says_so(string raw, string expected, string outside, string inside)
    {
        var result = VersionRangeConverter.Convert(raw);

        Assert.Equal(expected, result.Vers);
        Assert.Contains("wildcard", result.Note, StringComparison.Ordinal);
        var range = VersRange.Parse(result.Vers!);
        Assert.True(range.Contains(inside));
        Assert.False(range.Contains(outside));
    }

    [Theory]
    [InlineData("distributed  < april 1, 2018")]
    [InlineData("<May 2018")]
    [InlineData("<8/30/2024")]
    [InlineData("<= S4 A.07.107")]
    [InlineData("A.01 <= C.0x | 4.0")]
    [InlineData("<=11.2 on Windows 8.1 with IIS 7.5")]
    [InlineData("9.x (with Wireless Battery Modules >= 22D19 | <= v22D28)")]
    [InlineData("053L000091 (global) / 054U000091 (U.S.) and 053L000092 (global) / 054U000092 (U.S.)")]
    [InlineData("<= U61 |<= L81")]
    [InlineData("vers:generic/<=1.0|<=2.0")]
    [InlineData("All versions < V9.0 Upd4")]
    [InlineData("<= 7.2x")]
    public void Keeps_what_it_cannot_express_and_says_why(string raw)
    {
        var result = VersionRangeConverter.Convert(raw);

        Assert.Null(result.Vers);
        Assert.Equal(raw, result.Raw);
        Assert.False(string.IsNullOrWhiteSpace(result.Note));
    }

    [Fact]
    public void Service_pack_bounds_compare_with_the_device_scheme()
    {
        var range = VersRange.Parse(VersionRangeConverter.Convert("All versions < V14 SP1 Update 10").Vers!);

        Assert.True(range.Contains("V14 SP1 Update 9"));
        Assert.True(range.Contains("V14"));
        Assert.False(range.Contains("V14 SP1 Update 10"));
        Assert.False(range.Contains("V15"));
    }

    [Fact]
    public void Device_scheme_orders_letter_suffixed_firmware()
    {
        var range = VersRange.Parse(VersionRangeConverter.Convert("<= 2.4A").Vers!);

        Assert.True(range.Contains("2.4A"));
        Assert.True(range.Contains("2.3"));
        Assert.False(range.Contains("2.6A"));
    }

    [Theory]
    [InlineData(null, true, "8.2.2", false, "vers:device/<8.2.2")]
    [InlineData("1.0", true, "2.0", true, "vers:device/>=1.0|<=2.0")]
    [InlineData("1.0", false, null, false, "vers:device/>1.0")]
    [InlineData(null, true, null, false, "vers:all/*")]
    [InlineData(null, true, "versions 3.2", false, "vers:device/<3.2")]
    public void Builds_ranges_from_bounds(string? lower, bool lowerInclusive, string? upper, bool upperInclusive, string expected)
    {
        Assert.Equal(expected, VersionRangeConverter.FromBounds("raw", VersionRangeConverter.DeviceScheme, lower, lowerInclusive, upper, upperInclusive).Vers);
    }

    [Fact]
    public void Bounds_that_are_dates_are_not_versions()
    {
        var result = VersionRangeConverter.FromBounds("< 8/30/2024", VersionRangeConverter.DeviceScheme, null, true, "8/30/2024", false);

        Assert.Null(result.Vers);
        Assert.Contains("8/30/2024", result.Note, StringComparison.Ordinal);
    }
}
