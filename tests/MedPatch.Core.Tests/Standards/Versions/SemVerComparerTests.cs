using MedPatch.Core.Standards.Versions;

namespace MedPatch.Core.Tests.Standards.Versions;

public sealed class SemVerComparerTests
{
    // semver.org section 11 example chain.
    [Fact]
    public void Follows_semver_precedence()
    {
        string[] chain = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1"];
        for (var i = 1; i < chain.Length; i++)
        {
            Assert.True(SemVerComparer.Instance.Compare(chain[i - 1], chain[i]) < 0, $"{chain[i - 1]} < {chain[i]}");
            Assert.True(SemVerComparer.Instance.Compare(chain[i], chain[i - 1]) > 0, $"{chain[i]} > {chain[i - 1]}");
        }

        Assert.Equal(0, SemVerComparer.Instance.Compare("1.0.0+build.5", "v1.0.0"));
    }

    [Theory]
    [InlineData("1.10", "1.9", 1)]
    [InlineData("1.0", "1.0.0", 0)]
    [InlineData("1.0a", "1.0.1", -1)]
    [InlineData("0.0.0.1", "0.0.2", -1)]
    public void Generic_compares_segments(string x, string y, int sign) =>
        Assert.Equal(sign, Math.Sign(GenericVersionComparer.Instance.Compare(x, y)));
}
