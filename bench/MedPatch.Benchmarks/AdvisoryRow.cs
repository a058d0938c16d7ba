namespace MedPatch.Benchmarks;

/// <summary>
/// One measured step of the advisory benchmark over one file set ("all" or "CSAF"): its repetitions, what the step
/// reported doing (e.g. "211 imported"), or why it could not be measured.
/// </summary>
public sealed record AdvisoryRow(string Step, string Database, string FileSet, int Documents, long Bytes)
{
    /// <summary>Measured in a process that had done the same work once already: compiled, caches filled.</summary>
    public bool IsWarm { get; init; }

    /// <summary>The same step's second pass in the same process, when the step reports one.</summary>
    public AdvisoryRow? WarmRow { get; init; }

    public List<Measurement> Runs { get; } = [];

    public string? Result { get; set; }

    public string? Failure { get; set; }

    public Measurement? Median => Runs.Count == 0 ? null : Runs.OrderBy(r => r.Seconds).ElementAt(Runs.Count / 2);

    public long PeakBytes => Runs.Count == 0 ? 0 : Runs.Max(r => r.PeakBytes);
}
