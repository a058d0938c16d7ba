namespace MedPatch.Benchmarks;

/// <summary>The median of one method's repetitions on one database, or why it could not be measured.</summary>
public sealed record ResultRow(string Database, string Method, int Rows, IReadOnlyList<Measurement> Runs, string? Failure)
{
    public Measurement? Median => Runs.Count == 0 ? null : Runs.OrderBy(r => r.Seconds).ElementAt(Runs.Count / 2);

    public long PeakBytes => Runs.Count == 0 ? 0 : Runs.Max(r => r.PeakBytes);
}
