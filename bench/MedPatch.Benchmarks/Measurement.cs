namespace MedPatch.Benchmarks;

/// <summary>One timed run: wall seconds of the work, the process's peak resident memory, and how it ended.</summary>
public sealed record Measurement(double Seconds, long PeakBytes, int ExitCode, string Output, string Error);
