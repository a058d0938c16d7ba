using System.Globalization;
using System.Text;
using MedPatch.Core.Matching;
using Npgsql;

namespace MedPatch.Benchmarks;

/// <summary>
/// The matching benchmark of issue 5: generated devices, models and statements (<see cref="MatchingData"/>); the
/// engine's full run and incremental path, each in a child process of its own (<see cref="MatchingChild"/>); and the
/// same matching as a SQL join in SQLite and PostgreSQL on the same data in the same run
/// (<see cref="MatchingSqlBaseline"/>), whose result is compared pair by pair with the engine's high-confidence
/// affected exposures.
/// </summary>
public sealed class MatchingBenchmark(MatchingBenchOptions options, TextWriter log)
{
    private const double FullGoalSeconds = 10;
    private const double IncrementalGoalMs = 100;
    private const double RatioGoal = 10;

    public async Task<string> RunAsync()
    {
        var load = await File.ReadAllTextAsync("/proc/loadavg").ConfigureAwait(false);
        var work = Directory.CreateTempSubdirectory("medpatch-bench-matching-");
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var data = MatchingData.Generate(options.Devices, options.Models, options.Statements, options.Seed);
            await log.WriteLineAsync(Invariant($"generated {data.Devices.Count} devices, {data.Catalog.Models.Count} models, {data.Statements.Count} statements in {data.Advisories.Count} advisories in {watch.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);

            var pairsFile = Path.Combine(work.FullName, "engine-pairs.bin");
            var fullRuns = new List<(Measurement Run, Dictionary<string, double> Figures)>();
            for (var i = 1; i <= options.Repetitions; i++)
            {
                var (run, figures) = await MatchingChild.MeasureAsync(MatchingChild.Full, options, i == 1 ? pairsFile : Path.Combine(work.FullName, "ignored.bin")).ConfigureAwait(false);
                if (figures is null)
                {
                    throw new InvalidOperationException("the engine's full run failed: " + run.Error);
                }

                fullRuns.Add((run, figures));
                await log.WriteLineAsync(Invariant($"engine full #{i}: cold {figures["full_cold_seconds"]:F2} s, warm {figures["full_warm_seconds"]:F2} s, {figures["exposures"]:N0} exposures, peak {Mib(Math.Max(run.PeakBytes, (long)figures["peak_working_set_bytes"]))} MiB")).ConfigureAwait(false);
            }

            var (incrementalRun, incremental) = await MatchingChild.MeasureAsync(MatchingChild.Incremental, options, Path.Combine(work.FullName, "ignored.bin")).ConfigureAwait(false);
            if (incremental is null)
            {
                throw new InvalidOperationException("the engine's incremental run failed: " + incrementalRun.Error);
            }

            await log.WriteLineAsync(Invariant($"engine incremental: advisory median {incremental["advisory_median_ms"]:F1} ms, p95 {incremental["advisory_p95_ms"]:F1} ms, max {incremental["advisory_max_ms"]:F1} ms")).ConfigureAwait(false);

            var engine = ReadPairs(pairsFile);
            var rows = MatchingSqlBaseline.RowsOf(data);
            var baselines = new List<Baseline>();
            if (options.Sqlite)
            {
                baselines.Add(await SqliteAsync(work.FullName, rows).ConfigureAwait(false));
            }

            if (options.Postgres is { } admin)
            {
                baselines.Add(await PostgresAsync(admin, rows).ConfigureAwait(false));
            }

            return Report(data, fullRuns, incrementalRun, incremental, engine, baselines, load);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private sealed record Baseline(string Kind, double LoadSeconds, List<double> Runs, long[] Pairs);

    private async Task<Baseline> SqliteAsync(string directory, MatchingSqlBaseline.Rows rows)
    {
        var file = Path.Combine(directory, "matching.db");
        var loadSeconds = await MatchingSqlBaseline.LoadSqliteAsync(file, rows).ConfigureAwait(false);
        await log.WriteLineAsync(Invariant($"SQLite loaded in {loadSeconds:F1} s")).ConfigureAwait(false);
        var runs = new List<double>();
        long[] pairs = [];
        for (var i = 1; i <= options.Repetitions; i++)
        {
            await using var connection = MatchingSqlBaseline.OpenSqlite(file);
            await connection.OpenAsync().ConfigureAwait(false);
            (var seconds, pairs) = await MatchingSqlBaseline.RunAsync(connection).ConfigureAwait(false);
            runs.Add(seconds);
            await log.WriteLineAsync(Invariant($"SQLite join #{i}: {seconds:F2} s, {pairs.Length:N0} rows")).ConfigureAwait(false);
        }

        return new Baseline("SQLite", loadSeconds, runs, pairs);
    }

    private async Task<Baseline> PostgresAsync(string admin, MatchingSqlBaseline.Rows rows)
    {
        await using var db = await PostgresBenchDatabase.CreateAsync(admin).ConfigureAwait(false);
        var loadSeconds = await MatchingSqlBaseline.LoadPostgresAsync(db.DbArgument, rows).ConfigureAwait(false);
        await log.WriteLineAsync(Invariant($"PostgreSQL loaded in {loadSeconds:F1} s")).ConfigureAwait(false);
        var runs = new List<double>();
        long[] pairs = [];
        for (var i = 1; i <= options.Repetitions; i++)
        {
            await using var connection = new NpgsqlConnection(db.DbArgument);
            await connection.OpenAsync().ConfigureAwait(false);
            (var seconds, pairs) = await MatchingSqlBaseline.RunAsync(connection).ConfigureAwait(false);
            runs.Add(seconds);
            await log.WriteLineAsync(Invariant($"PostgreSQL join #{i}: {seconds:F2} s, {pairs.Length:N0} rows")).ConfigureAwait(false);
        }

        return new Baseline("PostgreSQL", loadSeconds, runs, pairs);
    }

    /// <summary>Every exposure of the engine's first full run: pair key (device &lt;&lt; 20 | vulnerability) to deciding statement, state and confidence.</summary>
    private static Dictionary<long, (int Statement, ExposureState State, MatchConfidence Confidence)> ReadPairs(string file)
    {
        var pairs = new Dictionary<long, (int, ExposureState, MatchConfidence)>();
        using var reader = new BinaryReader(File.OpenRead(file));
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            long device = reader.ReadInt32();
            long vulnerability = reader.ReadInt32();
            pairs[(device << 20) | vulnerability] = (reader.ReadInt32(), (ExposureState)reader.ReadByte(), (MatchConfidence)reader.ReadByte());
        }

        return pairs;
    }

    private string Report(
        MatchingData data, List<(Measurement Run, Dictionary<string, double> Figures)> fullRuns, Measurement incrementalRun,
        Dictionary<string, double> incremental, Dictionary<long, (int Statement, ExposureState State, MatchConfidence Confidence)> exposures, List<Baseline> baselines, string loadBefore)
    {
        var command = "dotnet run -c Release --project bench/MedPatch.Benchmarks -- matching " + string.Join(' ', options.Arguments.Select(Quote));
        var cold = fullRuns.Select(r => r.Figures["full_cold_seconds"]).ToList();
        var warm = fullRuns.Select(r => r.Figures["full_warm_seconds"]).ToList();
        var peak = fullRuns.Select(r => Math.Max(r.Run.PeakBytes, (long)r.Figures["peak_working_set_bytes"])).Max();
        var first = fullRuns[0].Figures;
        var text = new StringBuilder();
        text.AppendLine("# Matching: the engine against the same matching as a SQL join");
        text.AppendLine();
        text.AppendLine("Produced by:");
        text.AppendLine();
        text.AppendLine("```sh");
        text.AppendLine(command.TrimEnd());
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine(Invariant($"Machine: {Environment.ProcessorCount} cores ({CpuModel()}), {MemoryTotal()}, .NET {Environment.Version}, server GC; load average before the run: {loadBefore.Trim()}. Shared with other work, so figures vary by some tens of percent between runs."));
        text.AppendLine();
        text.AppendLine("## Data (generated, seed " + Invariant($"{options.Seed})"));
        text.AppendLine();
        var unknown = data.Devices.Count(d => d.SoftwareVersion is null);
        var unsupported = data.Devices.Count(d => d.Unsupported);
        text.AppendLine(Invariant($"- {data.Catalog.Manufacturers.Count:N0} manufacturers ({data.Catalog.Manufacturers.Sum(m => m.Aliases.Count):N0} aliases), {data.Catalog.Models.Count:N0} models ({data.Catalog.Models.Sum(m => m.ModelNumbers.Count):N0} model numbers, {data.Catalog.Models.Count(m => m.Aliases.Count > 0):N0} with an alias, {data.Catalog.Models.Count(m => m.Name.Split(' ').Length > 0 && !char.IsAsciiDigit(m.Name[^1])):N0} lookalike variants such as \"… 300 Plus\" beside \"… 300\")."));
        text.AppendLine(Invariant($"- {data.Devices.Count:N0} devices ({unknown:N0} of unknown version, {unsupported:N0} unsupported), {data.Devices.Select(d => (d.ModelId, d.SoftwareVersion, d.Unsupported)).Distinct().Count():N0} distinct model/version/support groups."));
        var byStatus = data.Statements.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => Invariant($"{g.Count():N0} {g.Key.ToString().ToLowerInvariant()}"));
        text.AppendLine(Invariant($"- {data.Statements.Count:N0} statements ({string.Join(", ", byStatus)}) in {data.Advisories.Count:N0} advisories about {data.Vulnerabilities.Count:N0} vulnerabilities."));
        var shapes = data.Facts.GroupBy(f => f.Shape).OrderByDescending(g => g.Count()).Select(g => Invariant($"{g.Key} {g.Count():N0}"));
        text.AppendLine("- product and vendor as written: " + string.Join("; ", shapes) + ".");
        var ranges = data.Statements.GroupBy(RangeShape).OrderByDescending(g => g.Count()).Select(g => Invariant($"{g.Key} {g.Count():N0}"));
        text.AppendLine("- versions as written: " + string.Join("; ", ranges) + ".");
        text.AppendLine();
        text.AppendLine("## Figures");
        text.AppendLine();
        text.AppendLine("| step | time | peak memory | result |");
        text.AppendLine("| --- | ---: | ---: | --- |");
        text.AppendLine(Invariant($"| engine `MatchEngine.Full`, fresh process (cold: JIT included) | {Seconds(cold)} | {Mib(peak)} MiB | {first["exposures"]:N0} exposures ({Counts(first)}), {first["unresolved"]:N0} unresolved statements |"));
        text.AppendLine(Invariant($"| engine `MatchEngine.Full`, again in the same process (warm) | {Seconds(warm)} | | {first["warm_exposures"]:N0} exposures |"));
        text.AppendLine(Invariant($"| engine `MatchEngine.Start` (full run keeping the incremental indexes) | {incremental["start_seconds"]:F2} s | {Mib(Math.Max(incrementalRun.PeakBytes, (long)incremental["peak_working_set_bytes"]))} MiB | {incremental["exposures"]:N0} exposures |"));
        text.AppendLine(Invariant($"| engine `ForStatements`, one advisory's revision 2 ({incremental["advisory_count"]:N0} advisories, {incremental["advisory_statements_mean"]:F1} statements each on average) | median {incremental["advisory_median_ms"]:F1} ms, p95 {incremental["advisory_p95_ms"]:F1} ms, max {incremental["advisory_max_ms"]:F1} ms (first {incremental["advisory_first_ms"]:F1} ms) | | {incremental["advisory_upserted_mean"]:F0} exposures upserted, {incremental["advisory_changed_mean"]:F0} changed, {incremental["advisory_removed_mean"]:F0} removed per advisory on average |"));
        text.AppendLine(Invariant($"| engine `ForDevices`, {options.Batch:N0} devices upgraded (5 batches) | median {incremental["device_batch_median_ms"]:F1} ms, max {incremental["device_batch_max_ms"]:F1} ms | | |"));
        text.AppendLine(Invariant($"| engine `ForDevices`, one device (50 times) | median {incremental["device_single_median_ms"]:F2} ms, p95 {incremental["device_single_p95_ms"]:F2} ms, max {incremental["device_single_max_ms"]:F2} ms | | |"));
        text.AppendLine(Invariant($"| engine inputs alone (generated data, before matching) | | {Mib((long)first["inputs_working_set_bytes"])} MiB working set, {Mib((long)first["inputs_managed_bytes"])} MiB managed | |"));
        foreach (var b in baselines)
        {
            text.AppendLine(Invariant($"| {b.Kind}: load the tables, indexes and ANALYZE (not timed against the engine) | {b.LoadSeconds:F1} s | | |"));
            text.AppendLine(Invariant($"| {b.Kind}: the SQL join, all rows read | {Seconds(b.Runs)} | server's | {b.Pairs.Length:N0} device × vulnerability pairs |"));
        }

        text.AppendLine();
        var cpu = fullRuns.Select(r => r.Figures["full_cold_cpu_seconds"]).ToList();
        var warmCpu = fullRuns.Select(r => r.Figures["full_warm_cpu_seconds"]).ToList();
        text.AppendLine(Invariant($"Engine full run, CPU time (user and system, both cores): cold {Median(cpu):F2} s (median; {cpu.Min():F2}–{cpu.Max():F2}), warm {Median(warmCpu):F2} s; allocated {first["full_cold_allocated_bytes"] / 1e9:F2} GB; GC pauses {Median(fullRuns.Select(r => r.Figures["full_cold_gc_pause_seconds"]).ToList()):F2} s cold, {Median(fullRuns.Select(r => r.Figures["full_warm_gc_pause_seconds"]).ToList()):F2} s warm (wall time, medians). On a machine shared with other work the wall time is longer than the CPU time divided by the cores; CPU time ÷ 2 is what two idle cores would need at best."));
        text.AppendLine();
        text.AppendLine(Invariant($"Time columns are the median of {options.Repetitions} repetitions with the fastest and slowest in brackets; every engine repetition is a fresh process. Peak memory is the engine process's peak resident set (VmHWM), inputs included."));
        text.AppendLine();
        text.AppendLine("## Engine against SQL");
        text.AppendLine();
        var engineFull = Median(cold);
        text.AppendLine("| baseline | SQL join | engine full (cold) | SQL ÷ engine | engine full (warm) | SQL ÷ engine warm |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var b in baselines)
        {
            text.AppendLine(Invariant($"| {b.Kind} | {Median(b.Runs):F2} s | {engineFull:F2} s | {Median(b.Runs) / engineFull:F1}x | {Median(warm):F2} s | {Median(b.Runs) / Median(warm):F1}x |"));
        }

        text.AppendLine();
        var engine = exposures.Where(kv => kv.Value.State == ExposureState.Affected && kv.Value.Confidence == MatchConfidence.High).ToDictionary(kv => kv.Key, kv => kv.Value.Statement);
        text.AppendLine(Invariant($"Agreement: the engine reports {engine.Count:N0} high-confidence affected exposures."));
        text.AppendLine();
        foreach (var b in baselines)
        {
            var sql = b.Pairs.ToHashSet();
            var both = engine.Keys.Count(sql.Contains);
            var engineOnly = engine.Where(kv => !sql.Contains(kv.Key)).GroupBy(kv => data.Facts[kv.Value].Shape).OrderByDescending(g => g.Count())
                .Select(g => Invariant($"{g.Key}: {g.Count():N0}"));
            var sqlOnly = b.Pairs.Where(p => !engine.ContainsKey(p))
                .GroupBy(p => exposures.TryGetValue(p, out var e) ? Invariant($"{e.State.ToString().ToLowerInvariant()} {e.Confidence.ToString().ToLowerInvariant()} decided by a statement of shape '{data.Facts[e.Statement].Shape}'") : "no exposure")
                .OrderByDescending(g => g.Count()).Select(g => Invariant($"{g.Key}: {g.Count():N0}")).ToList();
            text.AppendLine(Invariant($"- {b.Kind}: {b.Pairs.Length:N0} pairs; {both:N0} in both; {engine.Count - both:N0} only in the engine, by how the deciding statement names the product: {(engine.Count == both ? "none" : string.Join("; ", engineOnly))}; {b.Pairs.Length - both:N0} only in SQL, with the engine's exposure instead: {(b.Pairs.Length == both ? "none" : string.Join("; ", sqlOnly))}."));
        }

        text.AppendLine();
        text.AppendLine("The SQL join resolves a statement only through exact normalized keys, so most differences are pairs only the engine finds: a product written with the maker's brand in front or a generic word added (\"System\") misses an exact key. Pairs only in SQL are devices where the engine lets a statement the SQL cannot resolve decide: a family-wide fixed or not-affected statement (medium) that names the device's version outranks the model's own all-versions affected statement (high), since a statement about the device's version is the more specific one. Engine-only pairs decided by exact-name or model-number statements come from readings the SQL does not model, such as several fixed versions of one product read as branches (a fix in 1.2.3 does not cover 2.0.0 when 2.0.1 is also named) where the SQL reads every fix as \"that version and later\". Statements the engine itself does not call high (a family, a variant not in the catalog, a misspelt vendor, unknown device versions against a range, unreadable version text, under investigation) are in neither set.");
        text.AppendLine();
        text.AppendLine("## Goals");
        text.AppendLine();
        text.AppendLine(Invariant($"- full match at most {FullGoalSeconds:F0} s on two cores: {(engineFull <= FullGoalSeconds ? "met" : "not met")} ({engineFull:F2} s cold, {Median(warm):F2} s warm)."));
        text.AppendLine(Invariant($"- incremental at most {IncrementalGoalMs:F0} ms per advisory: {(incremental["advisory_p95_ms"] <= IncrementalGoalMs ? "met at p95" : "not met at p95")} ({incremental["advisory_p95_ms"]:F1} ms p95, {incremental["advisory_max_ms"]:F1} ms max{(incremental["advisory_max_ms"] <= IncrementalGoalMs ? ", also met at max" : string.Empty)})."));
        foreach (var b in baselines)
        {
            var ratio = Median(b.Runs) / engineFull;
            text.AppendLine(Invariant($"- at least {RatioGoal:F0}x faster than the SQL baseline ({b.Kind}): {(ratio >= RatioGoal ? "met" : "not met")} ({ratio:F1}x cold)."));
        }

        return text.ToString();
    }

    private static string RangeShape(Core.Matching.MatchStatement s) => s switch
    {
        { Version: not null } => "single version",
        { VersionRange: "vers:all/*" } => "vers:all/*",
        { VersionRange: { } r } when r.StartsWith("vers:device/<", StringComparison.Ordinal) => "vers:device/<V",
        { VersionRange: { } r } when r.StartsWith("vers:device/>=", StringComparison.Ordinal) && r.Contains('|', StringComparison.Ordinal) => "vers:device/>=A|<B",
        { VersionRange: { } r } when r.StartsWith("vers:device/>=", StringComparison.Ordinal) => "vers:device/>=V",
        { VersionRange: { } r } when r.StartsWith("vers:", StringComparison.Ordinal) => "vers list of versions",
        { VersionRange: { } r } when r.StartsWith("<=", StringComparison.Ordinal) => "\"<= V\" text",
        { VersionRange: { } r } when r.EndsWith(".x", StringComparison.Ordinal) => "\"N.x\" text",
        _ => "unreadable text",
    };

    private static string Counts(Dictionary<string, double> figures) =>
        string.Join(", ", figures.Where(kv => kv.Key.StartsWith("state_", StringComparison.Ordinal)).OrderByDescending(kv => kv.Value)
            .Select(kv => Invariant($"{kv.Key["state_".Length..].Replace('_', ' ')} {kv.Value:N0}")));

    private static string Seconds(List<double> runs) => Invariant($"{Median(runs):F2} s ({runs.Min():F2}–{runs.Max():F2})");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static long Mib(long bytes) => bytes / 1024 / 1024;

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "unknown CPU" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    private static string MemoryTotal()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var kb = line is null ? 0 : long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return Invariant($"{kb / 1024 / 1024} GiB RAM");
        }
        catch (IOException)
        {
            return "unknown RAM";
        }
    }

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) || argument.Contains(';', StringComparison.Ordinal) ? "\"" + argument + "\"" : argument;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
