using System.Diagnostics;
using System.Text.Json;
using MedPatch.Cli;

namespace MedPatch.Benchmarks;

/// <summary>
/// Runs <c>medpatch import devices</c> in process, in a child process of its own, so its peak memory is the import's
/// alone; reports the time of the command itself (not of the runtime starting up) as one JSON line.
/// </summary>
public static class ChildImport
{
    public const string Verb = "child-import";

    public static async Task<int> RunAsync(string[] args)
    {
        var file = args[0];
        var db = args[1];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var stopwatch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(["import", "devices", file, "--db", db, "--json"], output, error).ConfigureAwait(false);
        stopwatch.Stop();
        using var self = Process.GetCurrentProcess();
        var report = new ChildReport(exit, stopwatch.Elapsed.TotalSeconds, self.PeakWorkingSet64, output.ToString(), error.ToString());
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Starts this same program as a child in <see cref="Verb"/> mode and reads its report.</summary>
    public static async Task<Measurement> MeasureAsync(string file, string db)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which program is running");
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            // Started as `dotnet MedPatch.Benchmarks.dll`: the child needs the assembly named again.
            arguments.Add(typeof(ChildImport).Assembly.Location);
        }

        arguments.AddRange([Verb, file, db]);
        var run = await ProcessMeter.RunAsync(self, arguments).ConfigureAwait(false);
        var line = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (run.ExitCode != 0 || line is null)
        {
            return run;
        }

        var report = JsonSerializer.Deserialize<ChildReport>(line)!;
        return new Measurement(report.Seconds, Math.Max(report.PeakBytes, run.PeakBytes), report.Exit, report.Output, report.Error);
    }

    private sealed record ChildReport(int Exit, double Seconds, long PeakBytes, string Output, string Error);
}
