using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedPatch.Core.Matching;

namespace MedPatch.Benchmarks;

/// <summary>
/// The engine's side of the matching benchmark in a process of its own, so its peak memory is the engine's and its
/// inputs' alone: generates the data from the seed, then either runs <see cref="MatchEngine.Full"/> (cold, then
/// again warm) or starts an engine and replays advisory revisions and device changes through the incremental path.
/// Reports one JSON line.
/// </summary>
public static class MatchingChild
{
    public const string Verb = "child-matching";
    public const string Full = "full";
    public const string Incremental = "incremental";

    public static async Task<int> RunAsync(string[] args)
    {
        var mode = args[0];
        var options = MatchingBenchOptions.Parse(args[1..^1]);
        var pairsFile = args[^1];
        var data = MatchingData.Generate(options.Devices, options.Models, options.Statements, options.Seed);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var inputs = new Dictionary<string, double>
        {
            ["inputs_working_set_bytes"] = self.WorkingSet64,
            ["inputs_managed_bytes"] = GC.GetTotalMemory(false),
        };
        var result = mode switch
        {
            Full => FullRuns(data, pairsFile),
            Incremental => IncrementalRuns(data, options),
            _ => throw new ArgumentException("unknown mode " + mode, nameof(args)),
        };
        self.Refresh();
        foreach (var (key, value) in inputs)
        {
            result[key] = value;
        }

        result["peak_working_set_bytes"] = self.PeakWorkingSet64;
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(result)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Starts this same program as a child in <see cref="Verb"/> mode and reads its figures.</summary>
    public static async Task<(Measurement Run, Dictionary<string, double>? Figures)> MeasureAsync(string mode, MatchingBenchOptions options, string pairsFile)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which program is running");
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            arguments.Add(typeof(MatchingChild).Assembly.Location);
        }

        arguments.AddRange([Verb, mode, .. SizeArguments(options), pairsFile]);
        var run = await ProcessMeter.RunAsync(self, arguments).ConfigureAwait(false);
        var line = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (run.ExitCode != 0 || line is null)
        {
            return (run, null);
        }

        return (run, JsonSerializer.Deserialize<Dictionary<string, double>>(line));
    }

    private static IEnumerable<string> SizeArguments(MatchingBenchOptions o) =>
    [
        "--devices", Text(o.Devices), "--models", Text(o.Models), "--statements", Text(o.Statements), "--seed", Text(o.Seed),
        "--sample", Text(o.Sample), "--batch", Text(o.Batch),
    ];

    private static Dictionary<string, double> FullRuns(MatchingData data, string pairsFile)
    {
        using var self = Process.GetCurrentProcess();
        var (cpu, allocated, pause) = (self.TotalProcessorTime, GC.GetTotalAllocatedBytes(true), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        var set = MatchEngine.Full(data.Catalog, data.Devices, data.Statements, []);
        var cold = watch.Elapsed.TotalSeconds;
        self.Refresh();
        var coldCpu = (self.TotalProcessorTime - cpu).TotalSeconds;
        var coldAllocated = GC.GetTotalAllocatedBytes(true) - allocated;
        var coldPause = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
        {
            // The set is still referenced here: this is the heap a caller holding the result sees.
            self.Refresh();
            var figures = Counts(set, data, pairsFile);
            figures["full_cold_seconds"] = cold;
            figures["full_cold_cpu_seconds"] = coldCpu;
            figures["full_cold_allocated_bytes"] = coldAllocated;
            figures["full_cold_gc_pause_seconds"] = coldPause;
            figures["managed_after_full_bytes"] = GC.GetTotalMemory(false);
            figures["gc_heap_after_full_bytes"] = GC.GetGCMemoryInfo().HeapSizeBytes;
            figures["peak_after_cold_bytes"] = self.PeakWorkingSet64;
            set = null;
            GC.Collect();
            self.Refresh();
            (cpu, pause) = (self.TotalProcessorTime, GC.GetTotalPauseDuration());
            watch.Restart();
            var again = MatchEngine.Full(data.Catalog, data.Devices, data.Statements, []);
            figures["full_warm_seconds"] = watch.Elapsed.TotalSeconds;
            self.Refresh();
            figures["full_warm_cpu_seconds"] = (self.TotalProcessorTime - cpu).TotalSeconds;
            figures["full_warm_gc_pause_seconds"] = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
            figures["warm_exposures"] = again.Count;
            figures["gen0_collections"] = GC.CollectionCount(0);
            figures["gen2_collections"] = GC.CollectionCount(2);
            return figures;
        }
    }

    /// <summary>Counts by state and confidence; every exposure is written to <paramref name="pairsFile"/> for the comparison with SQL.</summary>
    private static Dictionary<string, double> Counts(ExposureSet set, MatchingData data, string pairsFile)
    {
        var devices = new Dictionary<Guid, int>(data.Devices.Count);
        for (var i = 0; i < data.Devices.Count; i++)
        {
            devices[data.Devices[i].Id] = i;
        }

        var vulnerabilities = data.Vulnerabilities.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
        var statements = new Dictionary<string, int>(data.Statements.Count, StringComparer.Ordinal);
        for (var i = 0; i < data.Statements.Count; i++)
        {
            statements[data.Statements[i].StatementId] = i;
        }

        var figures = new Dictionary<string, double> { ["exposures"] = set.Count, ["unresolved"] = set.Unresolved.Count };
        using var writer = new BinaryWriter(File.Create(pairsFile));
        foreach (var e in set)
        {
            var key = "state_" + e.State.ToString().ToLowerInvariant() + "_" + e.Confidence.ToString().ToLowerInvariant();
            figures[key] = figures.GetValueOrDefault(key) + 1;
            writer.Write(devices[e.DeviceId]);
            writer.Write(vulnerabilities[e.VulnerabilityId]);
            writer.Write(statements[e.StatementId]);
            writer.Write((byte)e.State);
            writer.Write((byte)e.Confidence);
        }

        return figures;
    }

    private static Dictionary<string, double> IncrementalRuns(MatchingData data, MatchingBenchOptions options)
    {
        var watch = Stopwatch.StartNew();
        var engine = MatchEngine.Start(data.Catalog, data.Devices, data.Statements, []);
        var figures = new Dictionary<string, double> { ["start_seconds"] = watch.Elapsed.TotalSeconds, ["exposures"] = engine.Exposures.Count };

        // A server starts its engine once and meets advisories later: the start's garbage is collected by then, so it
        // is collected here too rather than charged to the first advisory (which is still reported on its own).
        GC.Collect();
        GC.WaitForPendingFinalizers();

        // Every n-th advisory, so the sample spreads over small and large makers alike; revisions built beforehand.
        var step = Math.Max(1, data.Advisories.Count / options.Sample);
        var sample = data.Advisories.Where((_, i) => i % step == 0).Take(options.Sample).Select(a => (Id: a, Statements: data.Revision(a))).ToList();
        var latencies = new List<double>();
        double upserted = 0, changed = 0, removed = 0;
        foreach (var (id, revision) in sample)
        {
            watch.Restart();
            var delta = engine.ForStatements(id, revision);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            upserted += delta.Upserted.Count;
            changed += delta.Changed.Count;
            removed += delta.Removed.Count;
        }

        Describe(figures, "advisory", latencies);
        figures["advisory_count"] = sample.Count;
        figures["advisory_statements_mean"] = sample.Average(s => s.Statements.Count);
        figures["advisory_upserted_mean"] = upserted / sample.Count;
        figures["advisory_changed_mean"] = changed / sample.Count;
        figures["advisory_removed_mean"] = removed / sample.Count;

        // Devices upgraded to their model's latest release: a batch (an inventory import) and single devices.
        var batches = new List<double>();
        var batchStep = Math.Max(1, data.Devices.Count / (options.Batch * 5));
        for (var b = 0; b < 5; b++)
        {
            var changedDevices = Enumerable.Range(0, options.Batch)
                .Select(i => data.Devices[((i * 5) + b) * batchStep % data.Devices.Count])
                .DistinctBy(d => d.Id)
                .Select(d => d with { SoftwareVersion = data.ModelVersions[d.ModelId][^1] })
                .ToList();
            watch.Restart();
            engine.ForDevices(changedDevices);
            batches.Add(watch.Elapsed.TotalMilliseconds);
        }

        Describe(figures, "device_batch", batches);
        var singles = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var d = data.Devices[(i * 7919) % data.Devices.Count];
            var changedDevice = d with { SoftwareVersion = data.ModelVersions[d.ModelId][0] };
            watch.Restart();
            engine.ForDevices([changedDevice]);
            singles.Add(watch.Elapsed.TotalMilliseconds);
        }

        Describe(figures, "device_single", singles);
        return figures;
    }

    private static void Describe(Dictionary<string, double> figures, string name, List<double> values)
    {
        var sorted = values.Order().ToList();
        figures[name + "_median_ms"] = sorted[sorted.Count / 2];
        figures[name + "_p95_ms"] = sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * 0.95) - 1)];
        figures[name + "_max_ms"] = sorted[^1];
        figures[name + "_first_ms"] = values[0];
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
