using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedPatch.Cli;
using MedPatch.Core.Standards.Csaf;
using MedPatch.Features.Intelligence;

namespace MedPatch.Benchmarks;

/// <summary>
/// One measured step of the advisory benchmark in a process of its own, so every step starts as cold as a real
/// <c>medpatch</c> command and its peak memory is its own; reports the step's time (not the runtime's start-up) and
/// what it did as one JSON line. The file list comes in a text file, one path a line.
/// </summary>
public static class AdvisoryChild
{
    public const string Verb = "child-advisories";

    public const string Parse = "parse";
    public const string Validate = "validate";
    public const string Read = "read";
    public const string Import = "import";
    public const string Profile = "profile";
    public const string ColdValidation = "cold-validation";

    public static async Task<int> RunAsync(string[] args)
    {
        var mode = args[0];
        var files = await File.ReadAllLinesAsync(args[1]).ConfigureAwait(false);
        var databases = args[2..];
        var (seconds, exit, result, output) = mode switch
        {
            Parse => ParseAll(files),
            Validate => ValidateAll(files),
            Read => ReadAll(files),
            Import => await ImportAsync(files, databases).ConfigureAwait(false),
            Profile => await AdvisoryProfile.RunAsync(files, databases[0]).ConfigureAwait(false),
            ColdValidation => AdvisoryProfile.ColdValidation(files),
            _ => throw new ArgumentException("unknown mode " + mode, nameof(args)),
        };
        using var self = Process.GetCurrentProcess();
        var report = new Report(exit, seconds, self.PeakWorkingSet64, result, output);
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Starts this same program as a child in <see cref="Verb"/> mode and reads its report.</summary>
    /// <param name="databases">For <see cref="Import"/> with two: import into the first to warm the process up, time the second.</param>
    public static async Task<(Measurement Run, string Result)> MeasureAsync(string mode, string listFile, params string[] databases)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which program is running");
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            // Started as `dotnet MedPatch.Benchmarks.dll`: the child needs the assembly named again.
            arguments.Add(typeof(AdvisoryChild).Assembly.Location);
        }

        arguments.AddRange([Verb, mode, listFile, .. databases]);

        var run = await ProcessMeter.RunAsync(self, arguments).ConfigureAwait(false);
        var line = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (run.ExitCode != 0 || line is null)
        {
            return (run, string.Empty);
        }

        var report = JsonSerializer.Deserialize<Report>(line)!;
        return (new Measurement(report.Seconds, Math.Max(report.PeakBytes, run.PeakBytes), report.Exit, report.Output, run.Error), report.Result);
    }

    /// <summary>JsonDocument.Parse of every file's bytes, read into memory beforehand so only parsing is timed.</summary>
    private static (double, int, string, string) ParseAll(string[] files)
    {
        var contents = files.Select(File.ReadAllBytes).ToList();
        return Twice(() =>
        {
            var objects = 0;
            foreach (var bytes in contents)
            {
                using var document = JsonDocument.Parse(bytes);
                objects += document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
            }

            return Invariant($"{objects} parsed");
        });
    }

    /// <summary>The CSAF basic validator (schema and mandatory tests) over bytes already in memory.</summary>
    private static (double, int, string, string) ValidateAll(string[] files)
    {
        var contents = files.Select(File.ReadAllBytes).ToList();
        return Twice(() =>
        {
            int valid = 0, invalid = 0;
            foreach (var bytes in contents)
            {
                if (CsafValidator.Validate(bytes).Valid)
                {
                    valid++;
                }
                else
                {
                    invalid++;
                }
            }

            return invalid == 0 ? Invariant($"{valid} valid") : Invariant($"{valid} valid, {invalid} invalid");
        });
    }

    /// <summary>Everything the import does before the database, one file after the other: the import's own reader.</summary>
    private static (double, int, string, string) ReadAll(string[] files)
    {
        return Twice(() =>
        {
            int advisories = 0, failed = 0;
            foreach (var file in files)
            {
                var read = AdvisoryFileReader.Read(file);
                advisories += read.Advisories.Count;
                failed += read.Errors.Count;
            }

            return failed == 0 ? Invariant($"{advisories} normalized") : Invariant($"{advisories} normalized, {failed} failed");
        });
    }

    /// <summary><c>medpatch import advisories FILES… --db DB --json</c>, in process.</summary>
    private static async Task<(double, int, string, string)> ImportAsync(string[] files, string[] databases)
    {
        // With two databases the first import only warms the process up (JIT, EF Core's model); the second is timed.
        if (databases.Length > 1)
        {
            var warmUp = await ImportAsync(files, databases[..1]).ConfigureAwait(false);
            if (warmUp.Item3.Length == 0)
            {
                return warmUp;
            }
        }

        var db = databases[^1];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var stopwatch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(["import", "advisories", .. files, "--db", db, "--json"], output, error).ConfigureAwait(false);
        stopwatch.Stop();
        return (stopwatch.Elapsed.TotalSeconds, exit, Outcome(output.ToString()) ?? string.Empty, output + error.ToString());
    }

    /// <summary>The import's --json counts as "N imported, N unchanged, …", only the ones that are not zero.</summary>
    private static string? Outcome(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var parts = new List<string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var name = property.Name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
                if (name is "imported" or "updated" or "unchanged" or "older" or "failed" && property.Value.TryGetInt32(out var count) && count > 0)
                {
                    parts.Add(Invariant($"{count} {name}"));
                }
            }

            return string.Join(", ", parts);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Runs a pass twice in this process: the first pass is timed as the step (cold, as a command meets it), the
    /// second's seconds follow the result after a tab (warm: compiled, caches filled).
    /// </summary>
    private static (double, int, string, string) Twice(Func<string> pass)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = pass();
        var cold = stopwatch.Elapsed.TotalSeconds;
        stopwatch.Restart();
        _ = pass();
        var warm = stopwatch.Elapsed.TotalSeconds;
        return (cold, 0, result + "\t" + warm.ToString("R", CultureInfo.InvariantCulture), string.Empty);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Report(int Exit, double Seconds, long PeakBytes, string Result, string Output);
}
