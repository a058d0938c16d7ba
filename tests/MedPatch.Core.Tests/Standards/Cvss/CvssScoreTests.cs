using MedPatch.Core.Standards.Cvss;

namespace MedPatch.Core.Tests.Standards.Cvss;

public sealed class CvssScoreTests
{
    [Theory]
    [InlineData(0.0, "None")]
    [InlineData(0.1, "Low")]
    [InlineData(3.9, "Low")]
    [InlineData(4.0, "Medium")]
    [InlineData(6.9, "Medium")]
    [InlineData(7.0, "High")]
    [InlineData(8.9, "High")]
    [InlineData(9.0, "Critical")]
    [InlineData(10.0, "Critical")]
    public void Version_three_and_four_severity_boundaries(double score, string severity) =>
        Assert.Equal(severity, CvssSeverity.Rate((decimal)score));

    [Theory]
    [InlineData(0.0, "Low")]
    [InlineData(3.9, "Low")]
    [InlineData(4.0, "Medium")]
    [InlineData(6.9, "Medium")]
    [InlineData(7.0, "High")]
    [InlineData(10.0, "High")]
    public void Version_two_severity_boundaries_follow_nvd(double score, string severity) =>
        Assert.Equal(severity, CvssSeverity.RateV2((decimal)score));

    [Theory]
    [InlineData("AV:N/AC:L/Au:N/C:C/I:C/A:C", "2.0", 10.0, "High")]
    [InlineData("AV:N/AC:M/Au:N/C:P/I:N/A:N", "2.0", 4.3, "Medium")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "3.1", 9.8, "Critical")]
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", "3.1", 3.1, "Low")]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", "3.0", 0.0, "None")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "4.0", 10.0, "Critical")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N", "4.0", 6.9, "Medium")]
    public void Known_vectors_score_and_rate(string vector, string version, double score, string severity)
    {
        var result = CvssCalculator.Calculate(vector);
        Assert.Equal((version, (decimal)score, severity), (result.Version, result.BaseScore, result.Severity));
    }

    [Fact]
    public void Version_two_temporal_and_environmental_are_absent_unless_given()
    {
        var result = CvssCalculator.Calculate("AV:N/AC:L/Au:N/C:P/I:P/A:P");
        Assert.Null(result.TemporalScore);
        Assert.Null(result.EnvironmentalScore);
    }

    [Theory]
    [InlineData(4.02, true, 4.1)]
    [InlineData(4.0, true, 4.0)]
    [InlineData(4.000001, true, 4.0)]
    [InlineData(4.00001, true, 4.1)]
    [InlineData(4.000001, false, 4.1)]
    public void Roundup_follows_version_three_one_appendix_a(double input, bool v31, double expected) =>
        Assert.Equal((decimal)expected, Cvss3.Roundup((decimal)input, v31));
}
