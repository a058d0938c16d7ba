using MedPatch.Core.Devices;

namespace MedPatch.Core.Tests.Devices;

public sealed class NetworkIdentityTests
{
    [Theory]
    [InlineData("00:1a:2b:3c:4d:5e")]
    [InlineData("00-1A-2B-3C-4D-5E")]
    [InlineData("001A.2B3C.4D5E")]
    [InlineData(" 001a2b3c4d5e ")]
    public void Mac_spellings_become_the_colon_form(string text)
    {
        Assert.True(NetworkIdentity.TryParseMac(text, out var mac));
        Assert.Equal("00:1A:2B:3C:4D:5E", mac);
    }

    [Theory]
    [InlineData("00:1A:2B:3C:4D")]
    [InlineData("00:1A:2B:3C:4D:5G")]
    [InlineData("00::1A:2B:3C:4D:5E")]
    [InlineData("")]
    public void Bad_macs_are_rejected(string text) => Assert.False(NetworkIdentity.TryParseMac(text, out _));

    [Theory]
    [InlineData("10.20.30.40", "10.20.30.40")]
    [InlineData("fe80::1", "fe80::1")]
    public void Ips_parse(string text, string expected)
    {
        Assert.True(NetworkIdentity.TryParseIp(text, out var ip));
        Assert.Equal(expected, ip);
    }

    [Theory]
    [InlineData("10.1")]
    [InlineData("300.1.1.1")]
    [InlineData("10.0.0.x")]
    public void Bad_ips_are_rejected(string text) => Assert.False(NetworkIdentity.TryParseIp(text, out _));
}
