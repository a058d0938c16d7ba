using MedPatch.Core.Standards.Cvss;

namespace MedPatch.Core.Tests.Standards.Cvss;

public sealed class CvssParseErrorTests
{
    [Theory]
    [InlineData("", "no metrics")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P", "mandatory base metric A is missing")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P/XX:Y", "unknown metric XX")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P/A:N", "metric A appears more than once")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:X", "metric A has invalid value 'X'")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:X", "metric E has invalid value 'X'")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P/", "is not a METRIC:VALUE pair")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", "mandatory base metric A is missing")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/Au:N", "unknown metric Au")]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MS:Z", "metric MS has invalid value 'Z'")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F/E:F", "metric E appears more than once")]
    [InlineData("CVSS:3.2/AV:N", "unsupported version prefix 'CVSS:3.2'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N", "mandatory base metric SA is missing")]
    [InlineData("CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "metric AV must come before AC")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/CR:H/E:A", "metric E must come before CR")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N", "metric SI has invalid value 'S'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:clear", "metric U has invalid value 'clear'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:N/S:N", "metric S appears more than once")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "unknown metric AT")]
    public void Invalid_vectors_are_rejected_naming_the_metric(string vector, string message)
    {
        var ex = Assert.Throws<CvssFormatException>(() => CvssCalculator.Calculate(vector));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_three_accepts_any_order_and_X_values()
    {
        var result = CvssCalculator.Calculate("CVSS:3.0/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N/E:F/RL:X");
        Assert.Equal(("3.0", 3.8m, 3.7m, 3.7m), (result.Version, result.BaseScore, result.TemporalScore, result.EnvironmentalScore));
    }

    [Fact]
    public void Version_four_modified_subsequent_safety_is_accepted()
    {
        var result = CvssCalculator.Calculate("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S/MSA:S");
        Assert.Equal("4.0", result.Version);
        Assert.Null(result.TemporalScore);
        Assert.Equal(10.0m, result.BaseScore);
    }
}
