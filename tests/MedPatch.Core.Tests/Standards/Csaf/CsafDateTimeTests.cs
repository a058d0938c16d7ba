using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Tests.Standards.Csaf;

public sealed class CsafDateTimeTests
{
    [Theory]
    [InlineData("2024-09-10T06:00:00.000000Z", "2024-09-10T06:00:00.0000000+00:00")]
    [InlineData("2024-09-10t06:00:00z", "2024-09-10T06:00:00.0000000+00:00")]
    [InlineData("2024-09-10T06:00:00.1234567891+02:00", "2024-09-10T06:00:00.1234567+02:00")]
    [InlineData("2016-12-31T23:59:60Z", "2016-12-31T23:59:59.0000000+00:00")]
    [InlineData("2024-01-01T00:00:00-23:59", "2024-01-01T23:59:00.0000000+00:00")]
    public void Reads_rfc3339_instants(string text, string expected)
    {
        Assert.True(CsafDateTime.TryParse(text, out var value));
        Assert.Equal(expected, value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2024-09-10T06:00:00")]
    [InlineData("2024-09-10 06:00:00Z")]
    [InlineData("2024-09-10T06:00Z")]
    [InlineData("2024-13-10T06:00:00Z")]
    [InlineData("2024-09-31T06:00:00Z")]
    [InlineData("2024-09-10T06:60:00Z")]
    [InlineData("2024-09-10T06:00:61Z")]
    [InlineData("2024-09-10T06:00:00+01")]
    [InlineData("2024-09-10T06:00:00Z ")]
    [InlineData("")]
    public void Rejects_what_rfc3339_does_not_define(string text)
    {
        Assert.False(CsafDateTime.IsValid(text));
    }
}
