using System.Text.Json;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Cli;

public sealed class CvssCommandTests
{
    [Fact]
    public async Task Json_prints_one_object_per_vector_with_absent_scores_as_null()
    {
        var result = await CliRunner.RunAsync(
            "cvss", "--json", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AV:N/AC:L/Au:N/C:C/I:C/A:C",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, lines.Count);
        Assert.Equal(9.8, lines[0].GetProperty("baseScore").GetDouble());
        Assert.Equal("Critical", lines[0].GetProperty("severity").GetString());
        Assert.Equal("2.0", lines[1].GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("temporalScore").ValueKind);
        Assert.Equal(9.3, lines[2].GetProperty("baseScore").GetDouble());
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("environmentalScore").ValueKind);
    }

    [Fact]
    public async Task An_invalid_vector_is_one_error_line_naming_it_and_exit_1_while_valid_ones_still_print()
    {
        var result = await CliRunner.RunAsync("cvss", "--json", "CVSS:3.1/AV:X", "CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:L");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: CVSS:3.1/AV:X:", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
