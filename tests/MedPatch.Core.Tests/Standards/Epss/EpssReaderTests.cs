using MedPatch.Core.Standards.Epss;

namespace MedPatch.Core.Tests.Standards.Epss;

public sealed class EpssReaderTests
{
    private static readonly string Sample = EpssFiles.Csv(
        "CVE-1999-0001,0.01151,0.83992",
        "CVE-2021-44228,0.97565,1.00000",
        "CVE-2023-12345,0.00042,0.05000");

    [Fact]
    public void Plain_file_reads_model_version_date_and_rows()
    {
        using var file = EpssReader.Read(EpssFiles.Plain(Sample));

        Assert.Equal("v2023.03.01", file.ModelVersion);
        Assert.Equal(new DateTimeOffset(2023, 3, 5, 0, 0, 0, TimeSpan.Zero), file.ScoreDate);
        var rows = file.Scores.ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(new EpssScore("CVE-2021-44228", 0.97565, 1.0), rows[1]);
    }

    [Fact]
    public void Gzip_file_is_detected_by_its_magic_bytes()
    {
        using var file = EpssReader.Read(EpssFiles.Gzip(Sample));

        Assert.Equal("v2023.03.01", file.ModelVersion);
        Assert.Equal(["CVE-1999-0001", "CVE-2021-44228", "CVE-2023-12345"], file.Scores.Select(s => s.Cve));
    }

    [Fact]
    public void File_without_the_comment_line_reads_without_metadata()
    {
        using var file = EpssReader.Read(EpssFiles.Plain("cve,epss,percentile\nCVE-2021-44228,0.9,0.99\n"));

        Assert.Null(file.ModelVersion);
        Assert.Null(file.ScoreDate);
        Assert.Single(file.Scores);
    }

    [Fact]
    public void Rows_are_streamed_so_a_bad_row_fails_only_when_reached()
    {
        using var file = EpssReader.Read(EpssFiles.Plain(EpssFiles.Csv("CVE-2021-44228,0.9,0.99", "broken")));
        using var rows = file.Scores.GetEnumerator();

        Assert.True(rows.MoveNext());
        Assert.Equal("CVE-2021-44228", rows.Current.Cve);
        Assert.Throws<EpssFormatException>(() => rows.MoveNext());
    }

    [Fact]
    public void Large_file_streams_every_row()
    {
        var rows = Enumerable.Range(0, 250_000).Select(i => $"CVE-2024-{i + 10000},0.5,0.5");
        using var file = EpssReader.Read(EpssFiles.Gzip(EpssFiles.Csv([.. rows])));

        Assert.Equal(250_000, file.Scores.Count());
    }

    [Theory]
    [InlineData("CVE-2021-44228,1.5,0.99", "line 3: epss 1.5 is outside 0..1")]
    [InlineData("CVE-2021-44228,0.5,-0.1", "line 3: percentile -0.1 is outside 0..1")]
    [InlineData("CVE-2021-44228,NaN,0.5", "line 3: epss NaN is outside 0..1")]
    [InlineData("CVE-2021-44228,high,0.5", "line 3: epss 'high' is not a number")]
    [InlineData("CVE-21-44228,0.5,0.5", "line 3: 'CVE-21-44228' is not a CVE id")]
    [InlineData("CVE-2021-44228,0.5", "line 3: expected 3 columns (cve,epss,percentile) but found 2")]
    [InlineData("CVE-2021-44228,0.5,0.5,x", "line 3: expected 3 columns (cve,epss,percentile) but found 4")]
    public void Bad_row_is_reported_with_its_line_number(string row, string expected)
    {
        using var file = EpssReader.Read(EpssFiles.Gzip(EpssFiles.Csv(row)));

        var error = Assert.Throws<EpssFormatException>(() => file.Scores.ToList());

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "line 1: the file is empty")]
    [InlineData(EpssFiles.Comment + "\n", "line 2: header 'cve,epss,percentile' is missing")]
    [InlineData(EpssFiles.Comment + "\ncve,score\n", "line 2: expected header 'cve,epss,percentile'")]
    [InlineData("#model_version:v1,score_date:soon\ncve,epss,percentile\n", "line 1: score_date 'soon' is not a date-time")]
    public void Bad_preamble_is_reported_with_its_line_number(string csv, string expected)
    {
        var error = Assert.Throws<EpssFormatException>(() => EpssReader.Read(EpssFiles.Plain(csv)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
