using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Tests.Standards.Vers;

public sealed class VersRangeTests
{
    [Theory]
    [InlineData("vers:all/*", "0.0.1", true)]
    [InlineData("vers:npm/>=1.0.0|<2.0.0|!=1.5.0", "1.2.0", true)]
    [InlineData("vers:npm/>=1.0.0|<2.0.0|!=1.5.0", "1.5.0", false)]
    [InlineData("vers:npm/>=1.0.0|<2.0.0", "2.0.0-beta.1", true)]
    [InlineData("vers:npm/>=1.0.0|<2.0.0", "2.0.0", false)]
    [InlineData("vers:npm/<1.0.0|>=2.0.0", "1.0.0-rc.1", true)]
    [InlineData("vers:generic/1.2|>=3.0", "1.2.0", true)]
    [InlineData("vers:generic/1.2|>=3.0", "2.9", false)]
    [InlineData("vers:device/>=8.00.01|<8.00.10", "8.00.09", true)]
    [InlineData("vers:device/>=8.00.01|<8.00.10", "8.00.10", false)]
    [InlineData("vers:device/<=v2.3 SP1", "v2.3", true)]
    [InlineData("vers:device/<=v2.3", "v2.3 SP1", false)]
    [InlineData("vers:device/>=2.0 Build 17", "2.0 Build 170", true)]
    public void Contains_follows_the_scheme(string vers, string version, bool expected) =>
        Assert.Equal(expected, VersRange.Parse(vers).Contains(version));

    [Theory]
    [InlineData("VERS:NPM/ <2.0.0 | >=1.0.0 ||", "vers:npm/>=1.0.0|<2.0.0")]
    [InlineData("vers:npm/1.0.0|1.0.0|<0.5", "vers:npm/<0.5|1.0.0")]
    [InlineData("vers:pypi/1.0+local", "vers:pypi/1.0%2Blocal")]
    [InlineData("vers:all/*", "vers:all/*")]
    public void Parse_normalises(string input, string canonical) =>
        Assert.Equal(canonical, VersRange.Parse(input).ToString());

    [Theory]
    [InlineData("npm/>=1.0.0")]
    [InlineData("vers:npm")]
    [InlineData("vers:npm/")]
    [InlineData("vers:npm/*|>=1.0")]
    [InlineData("vers:npm/>=")]
    [InlineData("vers:n@m/1.0")]
    public void Invalid_ranges_are_rejected(string input)
    {
        Assert.Throws<VersRangeException>(() => VersRange.Parse(input));
        Assert.False(VersRange.TryParse(input, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
