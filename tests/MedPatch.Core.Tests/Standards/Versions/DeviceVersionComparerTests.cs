using MedPatch.Core.Standards.Versions;

namespace MedPatch.Core.Tests.Standards.Versions;

public sealed class DeviceVersionComparerTests
{
    [Theory]
    [InlineData("8.00.01", "8.00.10")]
    [InlineData("8.00.09", "8.00.10")]
    [InlineData("v2.3", "v2.3 SP1")]
    [InlineData("v2.3 SP1", "v2.3 SP2")]
    [InlineData("v2.3 SP2", "v2.4")]
    [InlineData("R2.1", "R2.10")]
    [InlineData("R2.9", "R2.10")]
    [InlineData("10.4.0.99", "10.4.0.123")]
    [InlineData("9.4.0.123", "10.4.0.123")]
    [InlineData("2.0 Build 17", "2.0 Build 170")]
    [InlineData("2.0", "2.0 Build 17")]
    [InlineData("2.0 Build 170", "2.1")]
    [InlineData("B.02", "C.02")]
    [InlineData("b.02", "C.01.5")]
    [InlineData("A.9.1", "A.10")]
    [InlineData("3.1 Patch 2", "3.1 Patch 10")]
    [InlineData("3.1 Rev 2", "3.1 Rev. 3")]
    [InlineData("3.1 Build 900", "3.1 SP1")]
    [InlineData("3.1", "3.1a")]
    [InlineData("3.1a", "3.1b")]
    [InlineData("3.1b", "3.1.1")]
    [InlineData("2.3SP1", "2.3 SP2")]
    [InlineData("Version 4.2", "4.10")]
    public void Orders_device_versions(string lower, string higher)
    {
        Assert.True(DeviceVersionComparer.Instance.Compare(lower, higher) < 0, $"{lower} < {higher}");
        Assert.True(DeviceVersionComparer.Instance.Compare(higher, lower) > 0, $"{higher} > {lower}");
    }

    [Theory]
    [InlineData("v2.3", "2.3")]
    [InlineData("R2.1", "2.1")]
    [InlineData("2.0", "2.0.0")]
    [InlineData("8.00.01", "8.0.1")]
    [InlineData("v2.3 sp1", "V2.3 SP 1")]
    [InlineData("2.0 Build 17", "2.0 build17")]
    [InlineData("b.02", "B.02")]
    public void Treats_equivalent_spellings_as_equal(string x, string y)
    {
        Assert.Equal(0, DeviceVersionComparer.Instance.Compare(x, y));
        Assert.Equal(DeviceVersionComparer.Instance.GetHashCode(x), DeviceVersionComparer.Instance.GetHashCode(y));
    }

    [Fact]
    public void Sorts_a_list()
    {
        string[] versions = ["2.0 Build 170", "R2.10", "2.0", "v2.3 SP1", "2.0 Build 17", "v2.3", "R2.1"];
        var sorted = versions.Order(DeviceVersionComparer.Instance).ToArray();
        Assert.Equal(["2.0", "2.0 Build 17", "2.0 Build 170", "R2.1", "v2.3", "v2.3 SP1", "R2.10"], sorted);
    }

    [Theory]
    [InlineData("5.x.x", "5.2.1", true)]
    [InlineData("5.x.x", "5.2", false)]
    [InlineData("5.x.x", "6.0.0", false)]
    [InlineData("5.x", "5.2.1", true)]
    [InlineData("5.*", "5.0", true)]
    [InlineData("v5.X", "5.3", true)]
    [InlineData("5.x", "4.9", false)]
    [InlineData("5.2.x", "05.2.7", true)]
    [InlineData("5.2.1", "v5.2.1", true)]
    [InlineData("5.2.1", "5.2.2", false)]
    public void Wildcard_patterns_match(string pattern, string version, bool expected) =>
        Assert.Equal(expected, DeviceVersionPattern.Parse(pattern).Matches(version));
}
