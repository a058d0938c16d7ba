using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MedPatch.Core.Demo;

namespace MedPatch.Benchmarks;

/// <summary>
/// Imports one generated CSV through <c>medpatch import devices</c> and loads the same rows with the database's own
/// bulk loader (<c>sqlite3 .import</c>, <c>psql \copy</c>) into a table of the same shape, on a fresh database for every
/// repetition, and reports both side by side.
/// </summary>
public sealed class ImportBenchmark(BenchOptions options, TextWriter log)
{
    public const string ImportMethod = "medpatch import devices";
    public const string RawMethod = "raw, bare table";
    public const string RawCheckedMethod = "raw, into devices";

    public async Task<string> RunAsync()
    {
        var work = Directory.CreateTempSubdirectory("medpatch-bench-");
        try
        {
            var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            var files = new BenchFiles(DemoGenerator.Generate(today, options.Rows));
            var importCsv = Path.Combine(work.FullName, Invariant($"devices-{options.Rows}.csv"));
            await files.WriteImportCsvAsync(importCsv).ConfigureAwait(false);
            await log.WriteLineAsync(Invariant($"generated {options.Rows:N0} rows ({new FileInfo(importCsv).Length / 1024.0 / 1024.0:F1} MiB)")).ConfigureAwait(false);

            var rows = new List<ResultRow>();
            if (options.Sqlite)
            {
                rows.AddRange(await MeasureAsync(files, importCsv, work.FullName, () => Task.FromResult<BenchDatabase>(new SqliteBenchDatabase(work.FullName))).ConfigureAwait(false));
            }

            if (options.Postgres is { } admin)
            {
                rows.AddRange(await MeasureAsync(files, importCsv, work.FullName, async () => await PostgresBenchDatabase.CreateAsync(admin).ConfigureAwait(false)).ConfigureAwait(false));
            }

            return await ReportAsync(rows).ConfigureAwait(false);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<List<ResultRow>> MeasureAsync(BenchFiles files, string importCsv, string work, Func<Task<BenchDatabase>> fresh)
    {
        string kind;
        string rawCsv;
        await using (var probe = await fresh().ConfigureAwait(false))
        {
            kind = probe.Kind;
            await probe.MigrateAsync().ConfigureAwait(false);
            rawCsv = Path.Combine(work, Invariant($"devices-raw-{kind}.csv"));
            await files.WriteRawCsvAsync(rawCsv, await probe.DeviceColumnsAsync().ConfigureAwait(false), upperCaseIds: kind == "SQLite").ConfigureAwait(false);
        }

        var loader = kind == "SQLite" ? "sqlite3 .import" : "psql \\copy";
        var raw = await RepeatAsync(kind, RawMethod + " (" + loader + ")", fresh, async db =>
        {
            await db.CreateRawTableAsync().ConfigureAwait(false);
            var (program, arguments, environment) = db.RawLoad(rawCsv, BenchDatabase.RawTable, foreignKeys: false);
            var run = await ProcessMeter.RunAsync(program, arguments, environment).ConfigureAwait(false);
            return (run, BenchDatabase.RawTable);
        }).ConfigureAwait(false);
        var rawChecked = await RepeatAsync(kind, RawCheckedMethod + " (" + loader + ")", fresh, async db =>
        {
            await db.SeedReferencesAsync(files.Demo).ConfigureAwait(false);
            var (program, arguments, environment) = db.RawLoad(rawCsv, "devices", foreignKeys: true);
            var run = await ProcessMeter.RunAsync(program, arguments, environment).ConfigureAwait(false);
            return (run, "devices");
        }).ConfigureAwait(false);
        var import = await RepeatAsync(kind, ImportMethod, fresh, async db =>
            (await ChildImport.MeasureAsync(importCsv, db.DbArgument).ConfigureAwait(false), "devices")).ConfigureAwait(false);
        return [import, raw, rawChecked];
    }

    private async Task<ResultRow> RepeatAsync(string kind, string method, Func<Task<BenchDatabase>> fresh, Func<BenchDatabase, Task<(Measurement Run, string Table)>> load)
    {
        var runs = new List<Measurement>();
        for (var i = 1; i <= options.Repetitions; i++)
        {
            await using var db = await fresh().ConfigureAwait(false);
            await db.MigrateAsync().ConfigureAwait(false);
            var (run, table) = await load(db).ConfigureAwait(false);
            var stored = run.ExitCode == 0 ? await db.CountAsync(table).ConfigureAwait(false) : 0;
            if (run.ExitCode != 0 || stored != options.Rows)
            {
                // A load that did not store every row measured nothing worth a median; say why instead.
                var why = FirstLine(run.Error) ?? FirstLine(run.Output) ?? "no output";
                var failure = Invariant($"failed (exit {run.ExitCode}, {stored:N0} rows stored): {why}");
                await log.WriteLineAsync(Invariant($"{kind} {method}: {failure}")).ConfigureAwait(false);
                return new ResultRow(kind, method, options.Rows, [], failure.Replace("|", "/", StringComparison.Ordinal));
            }

            await log.WriteLineAsync(Invariant($"{kind} {method} #{i}: {run.Seconds:F2} s, peak {run.PeakBytes / 1024 / 1024} MiB")).ConfigureAwait(false);
            runs.Add(run);
        }

        return new ResultRow(kind, method, options.Rows, runs, null);
    }

    private async Task<string> ReportAsync(IReadOnlyList<ResultRow> rows)
    {
        var command = "dotnet run -c Release --project bench/MedPatch.Benchmarks -- import " + string.Join(' ', options.Arguments.Select(Quote));
        var text = new StringBuilder();
        text.AppendLine("# Importing devices: `medpatch import devices` against the raw database limit");
        text.AppendLine();
        text.AppendLine("Produced by:");
        text.AppendLine();
        text.AppendLine("```sh");
        text.AppendLine(command);
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine(Invariant($"{options.Rows:N0} generated devices (the demo generator's catalog: 26 manufacturers, 66 models, 2 hospitals), median of {options.Repetitions} repetitions, a fresh database for each."));
        text.AppendLine();
        text.Append(ResultsTable.Render(rows));
        text.AppendLine();
        text.AppendLine("- **rows/s** and **seconds**: the import command's own time (inside its process, without runtime start-up); for raw loads the whole `sqlite3` / `psql` process.");
        text.AppendLine("- **peak memory**: peak resident set (VmHWM) of the importing process; for PostgreSQL the server's memory is not included in either row, and for `psql \\copy` the row is the client's alone.");
        text.AppendLine("- **raw, bare table**: the same rows, already resolved to ids, loaded into `devices_raw`, a table with the columns, types, primary key and indexes of `devices` but no foreign keys — the fastest the database can take them.");
        text.AppendLine("- **raw, into devices**: the same rows loaded into the real `devices` table of a migrated database holding the referenced organization, facilities, locations, segments, manufacturers and models, with its five foreign keys checked (`PRAGMA foreign_keys=ON` for sqlite3) — the limit for a load that keeps the integrity the import keeps.");
        text.AppendLine("- **× bare** and **× devices**: import seconds divided by the raw seconds of each (goal: within 3x).");
        text.AppendLine("- The import does more than either raw load: it validates and resolves every row (manufacturer aliases, models, facilities, locations, segments) and appends one hash-chained audit record per created or updated device plus one for the import, in the same transaction. The raw loads write no audit trail.");
        text.AppendLine();
        text.AppendLine(Invariant($"Machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {await VersionAsync("sqlite3", "--version").ConfigureAwait(false)}, {await VersionAsync("psql", "--version").ConfigureAwait(false)}."));
#if DEBUG
        text.AppendLine();
        text.AppendLine("**Debug build: these figures are not representative; run with `-c Release`.**");
#endif
        return text.ToString();
    }

    private static async Task<string> VersionAsync(string program, string argument)
    {
        try
        {
            var run = await ProcessMeter.RunAsync(program, [argument]).ConfigureAwait(false);
            var version = FirstLine(run.Output) ?? program;
            return version.StartsWith(program, StringComparison.Ordinal) ? version : program + " " + string.Join(' ', version.Split(' ').Take(1));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return program + " not installed";
        }
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static string Quote(string argument) =>
        argument.Any(c => char.IsWhiteSpace(c) || c is ';' or '"' or '\'' or '&') ? "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : argument;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

}
