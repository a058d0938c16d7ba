using System.Globalization;
using System.Text;

namespace MedPatch.Benchmarks;

/// <summary>Renders the results as the markdown table committed under bench/results.</summary>
public static class ResultsTable
{
    public static string Render(IReadOnlyList<ResultRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| database | method | rows/s | seconds (median) | peak memory | × bare | × devices |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            var raw = rows.FirstOrDefault(r => r.Database == row.Database && r.Method.StartsWith(ImportBenchmark.RawMethod, StringComparison.Ordinal))?.Median;
            var rawChecked = rows.FirstOrDefault(r => r.Database == row.Database && r.Method.StartsWith(ImportBenchmark.RawCheckedMethod, StringComparison.Ordinal))?.Median;
            if (row.Median is not { } median)
            {
                text.AppendLine(Invariant($"| {row.Database} | {row.Method} | – | – | – | {row.Failure} | |"));
                continue;
            }

            var ratio = Ratio(median, raw);
            var ratioChecked = Ratio(median, rawChecked);
            text.AppendLine(Invariant(
                $"| {row.Database} | {row.Method} | {row.Rows / median.Seconds:N0} | {median.Seconds:F2} | {row.PeakBytes / 1024.0 / 1024.0:N0} MiB | {ratio} | {ratioChecked} |"));
        }

        return text.ToString();
    }

    private static string Ratio(Measurement median, Measurement? baseline) =>
        baseline is null ? "–" : Invariant($"{median.Seconds / baseline.Seconds:F2}x");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
