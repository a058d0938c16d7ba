using System.Globalization;
using System.Text;

namespace MedPatch.Benchmarks;

/// <summary>Renders the advisory benchmark's rows as the markdown table committed under bench/results.</summary>
public static class AdvisoryResultsTable
{
    public static string Render(IReadOnlyList<AdvisoryRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| step | database | files | docs/s | MB/s | seconds: median (min–max) | peak memory | × STJ parse | × jq | result |");
        text.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var row in rows)
        {
            var step = row.IsWarm ? row.Step + WarmSuffix(row) : row.Step;
            var files = Invariant($"{row.FileSet} ({row.Documents}, {row.Bytes / 1e6:F2} MB)");
            if (row.Median is not { } median)
            {
                text.AppendLine(Invariant($"| {step} | {row.Database} | {files} | – | – | – | – | – | – | {row.Failure} |"));
                continue;
            }

            var parse = Baseline(rows, row, AdvisoryBenchmark.ParseStep);
            var jq = Baseline(rows, row, AdvisoryBenchmark.JqStep);
            var peak = row.PeakBytes > 0 ? Invariant($"{row.PeakBytes / 1024.0 / 1024.0:N0} MiB") : "–";
            text.AppendLine(Invariant(
                $"| {step} | {row.Database} | {files} | {row.Documents / median.Seconds:N0} | {row.Bytes / 1e6 / median.Seconds:N1} | {median.Seconds:F3} ({row.Runs.Min(r => r.Seconds):F3}–{row.Runs.Max(r => r.Seconds):F3}) | {peak} | {Ratio(median, parse)} | {Ratio(median, jq)} | {row.Result} |"));
        }

        return text.ToString();
    }

    private static Measurement? Baseline(IReadOnlyList<AdvisoryRow> rows, AdvisoryRow row, string step) =>
        rows.FirstOrDefault(r => r.Step == step && r.FileSet == row.FileSet && r.IsWarm == row.IsWarm)?.Median
        ?? rows.FirstOrDefault(r => r.Step == step && r.FileSet == row.FileSet)?.Median;

    private static string WarmSuffix(AdvisoryRow row) =>
        row.Database == "–" ? ", warm: second pass in the same process" : ", warm: in a process that imported them once before (into another database)";

    private static string Ratio(Measurement median, Measurement? baseline) =>
        baseline is null || baseline.Seconds <= 0 ? "–" : Invariant($"{median.Seconds / baseline.Seconds:F2}x");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
