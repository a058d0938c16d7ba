using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace MedPatch.Benchmarks;

/// <summary>
/// Imports the public CSAF advisories and CVE records through <c>medpatch import advisories</c> (first into an empty
/// database, then again unchanged) and, in the same run and on the same files, parses them alone with
/// System.Text.Json and with <c>jq</c>, validates the CSAF documents alone and reads them the way the import does
/// without a database. The repetitions go round all steps in turn, so a load change on a shared machine hits every
/// step alike and the ratios within one run stay fair.
/// </summary>
public sealed class AdvisoryBenchmark(AdvisoryBenchOptions options, TextWriter log)
{
    public const string All = "all";
    public const string CsafOnly = "CSAF";
    public const string ParseStep = "parse-only, System.Text.Json (JsonDocument.Parse)";
    public const string JqStep = "parse-only, `jq -c .`";
    public const string ValidateStep = "CSAF validation alone (CsafValidator)";
    public const string ReadStep = "import without database (AdvisoryFileReader)";
    public const string FirstImport = "`import advisories`, first (all new)";
    public const string SecondImport = "`import advisories`, again (all unchanged)";

    private const string NoDatabase = "–";

    public async Task<string> RunAsync()
    {
        var inputs = AdvisoryInputs.Find(options.Data);
        var work = Directory.CreateTempSubdirectory("medpatch-bench-advisories-");
        var load = LoadAverage();
        try
        {
            var allList = Path.Combine(work.FullName, "all.txt");
            var csafList = Path.Combine(work.FullName, "csaf.txt");
            await File.WriteAllLinesAsync(allList, inputs.All).ConfigureAwait(false);
            await File.WriteAllLinesAsync(csafList, inputs.Csaf).ConfigureAwait(false);
            long allBytes = AdvisoryInputs.Bytes(inputs.All), csafBytes = AdvisoryInputs.Bytes(inputs.Csaf);
            await log.WriteLineAsync(Invariant($"{inputs.All.Count} documents ({inputs.Csaf.Count} CSAF, {inputs.Cve.Count} CVE), {allBytes / 1e6:F2} MB under {inputs.Root}")).ConfigureAwait(false);

            AdvisoryRow Row(string step, string set, string database = NoDatabase, bool warm = false, bool withWarm = false) =>
                new(step, database, set, set == All ? inputs.All.Count : inputs.Csaf.Count, set == All ? allBytes : csafBytes)
                {
                    IsWarm = warm,
                    WarmRow = withWarm ? Row(step, set, database, warm: true) : null,
                };
            var steps = new List<(AdvisoryRow Row, Func<Task<(Measurement, string)>> Measure)>
            {
                (Row(ParseStep, All, withWarm: true), () => AdvisoryChild.MeasureAsync(AdvisoryChild.Parse, allList)),
                (Row(JqStep, All), () => JqAsync(inputs.All)),
                (Row(ParseStep, CsafOnly, withWarm: true), () => AdvisoryChild.MeasureAsync(AdvisoryChild.Parse, csafList)),
                (Row(JqStep, CsafOnly), () => JqAsync(inputs.Csaf)),
                (Row(ValidateStep, CsafOnly, withWarm: true), () => AdvisoryChild.MeasureAsync(AdvisoryChild.Validate, csafList)),
                (Row(ReadStep, All, withWarm: true), () => AdvisoryChild.MeasureAsync(AdvisoryChild.Read, allList)),
            };
            var databases = new List<(string Kind, Func<Task<BenchDatabase>> Fresh)>();
            if (options.Sqlite)
            {
                databases.Add(("SQLite", () => Task.FromResult<BenchDatabase>(new SqliteBenchDatabase(work.FullName))));
            }

            if (options.Postgres is { } admin)
            {
                databases.Add(("PostgreSQL", async () => await PostgresBenchDatabase.CreateAsync(admin).ConfigureAwait(false)));
            }

            var imports = databases.Select(d => (d.Kind, d.Fresh, First: Row(FirstImport, All, d.Kind), Second: Row(SecondImport, All, d.Kind), Warm: Row(FirstImport, All, d.Kind, warm: true))).ToList();
            for (var i = 1; i <= options.Repetitions; i++)
            {
                foreach (var (row, measure) in steps.Where(s => s.Row.Failure is null))
                {
                    Record(row, i, await measure().ConfigureAwait(false));
                    await LogAsync(row, i).ConfigureAwait(false);
                }

                foreach (var (kind, fresh, first, second, warm) in imports.Where(d => d.First.Failure is null && d.Second.Failure is null))
                {
                    await using (var db = await fresh().ConfigureAwait(false))
                    {
                        await db.MigrateAsync().ConfigureAwait(false);
                        Record(first, i, await AdvisoryChild.MeasureAsync(AdvisoryChild.Import, allList, ImportTarget(db)).ConfigureAwait(false));
                        await LogAsync(first, i).ConfigureAwait(false);
                        Record(second, i, await AdvisoryChild.MeasureAsync(AdvisoryChild.Import, allList, ImportTarget(db)).ConfigureAwait(false));
                        await LogAsync(second, i).ConfigureAwait(false);
                    }

                    if (warm.Failure is null)
                    {
                        await using var warmUp = await fresh().ConfigureAwait(false);
                        await using var db = await fresh().ConfigureAwait(false);
                        await warmUp.MigrateAsync().ConfigureAwait(false);
                        await db.MigrateAsync().ConfigureAwait(false);
                        Record(warm, i, await AdvisoryChild.MeasureAsync(AdvisoryChild.Import, allList, ImportTarget(warmUp), ImportTarget(db)).ConfigureAwait(false));
                        await LogAsync(warm, i).ConfigureAwait(false);
                    }
                }
            }

            var profiles = new List<(string Kind, string Pass, Measurement Run, string Result)>();
            if (options.Profile)
            {
                var (cold, validated) = await AdvisoryChild.MeasureAsync(AdvisoryChild.ColdValidation, csafList).ConfigureAwait(false);
                await log.WriteLineAsync(Invariant($"profile CSAF validation in a fresh process: {cold.Seconds:F2} s, {validated}")).ConfigureAwait(false);
                profiles.Add(("CSAF validation alone", "in a fresh process", cold, validated));

                foreach (var (kind, fresh, _, _, _) in imports)
                {
                    await using var db = await fresh().ConfigureAwait(false);
                    await db.MigrateAsync().ConfigureAwait(false);
                    foreach (var pass in new[] { "first (all new)", "again (all unchanged)" })
                    {
                        var (run, result) = await AdvisoryChild.MeasureAsync(AdvisoryChild.Profile, allList, ImportTarget(db)).ConfigureAwait(false);
                        await log.WriteLineAsync(Invariant($"profile {kind} {pass}: {run.Seconds:F2} s, {result}")).ConfigureAwait(false);
                        profiles.Add((kind, pass, run, result));
                    }
                }
            }

            var rows = steps.SelectMany(s => s.Row.WarmRow is { } w ? new[] { s.Row, w } : [s.Row])
                .Concat(imports.SelectMany(d => new[] { d.First, d.Warm, d.Second })).ToList();
            return await ReportAsync(inputs, allBytes, rows, profiles, load).ConfigureAwait(false);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>One jq process over all the files, its output thrown away (<c>exec</c>, so the measured process is jq).</summary>
    private static async Task<(Measurement, string)> JqAsync(IReadOnlyList<string> files)
    {
        try
        {
            var run = await ProcessMeter.RunAsync("sh", ["-c", "exec jq -c . \"$@\" > /dev/null", "jq", .. files]).ConfigureAwait(false);
            return (run, run.ExitCode == 0 ? Invariant($"{files.Count} parsed") : string.Empty);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (new Measurement(0, 0, 127, string.Empty, ex.Message), string.Empty);
        }
    }

    /// <summary>
    /// The database as the import is told it. The harness's PostgreSQL connection strings turn pooling off (so a
    /// database can be dropped at once); the import gets PostgreSQL's default, pooled, as a real installation has.
    /// </summary>
    private static string ImportTarget(BenchDatabase db) =>
        db is PostgresBenchDatabase ? new NpgsqlConnectionStringBuilder(db.DbArgument) { Pooling = true }.ConnectionString : db.DbArgument;

    private static void Record(AdvisoryRow row, int repetition, (Measurement Run, string Result) measured)
    {
        var (run, result) = measured;
        if (result.Split('\t') is [var cold, var warmSeconds] && row.WarmRow is { } warmRow)
        {
            result = cold;
            warmRow.Runs.Add(run with { Seconds = double.Parse(warmSeconds, CultureInfo.InvariantCulture) });
            warmRow.Result = cold;
        }

        if (run.ExitCode == 127 && row.Step == JqStep)
        {
            row.Failure = "jq not installed (Debian package `jq`)";
            return;
        }

        // The import exits 1 when any document failed; its counts still say what it did, so the run still counts.
        if (result.Length == 0)
        {
            var why = FirstLine(run.Error) ?? FirstLine(run.Output) ?? "no output";
            row.Failure = Invariant($"failed in repetition {repetition} (exit {run.ExitCode}): {why}").Replace("|", "/", StringComparison.Ordinal);
            return;
        }

        row.Runs.Add(run);
        row.Result = row.Result is null || row.Result == result ? result : row.Result + "; differs in repetition " + repetition.ToString(CultureInfo.InvariantCulture) + ": " + result;
    }

    private Task LogAsync(AdvisoryRow row, int repetition) =>
        log.WriteLineAsync(row.Failure is { } failure
            ? Invariant($"{row.Database} {row.Step} [{row.FileSet}]: {failure}")
            : Invariant($"{row.Database} {row.Step}{(row.IsWarm ? " (warm)" : string.Empty)} [{row.FileSet}] #{repetition}: {row.Runs[^1].Seconds:F3} s, peak {row.Runs[^1].PeakBytes / 1024 / 1024} MiB, {row.Result}"));

    private async Task<string> ReportAsync(AdvisoryInputs inputs, long allBytes, IReadOnlyList<AdvisoryRow> rows, IReadOnlyList<(string Kind, string Pass, Measurement Run, string Result)> profiles, string loadBefore)
    {
        var command = "dotnet run -c Release --project bench/MedPatch.Benchmarks -- advisories " + string.Join(' ', options.Arguments.Select(Quote));
        var text = new StringBuilder();
        text.AppendLine("# Importing advisories: `medpatch import advisories` against parsing the same bytes alone");
        text.AppendLine();
        text.AppendLine("Produced by:");
        text.AppendLine();
        text.AppendLine("```sh");
        text.AppendLine(command.TrimEnd());
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine(Invariant($"{inputs.All.Count} documents, {allBytes / 1e6:F2} MB: every `*.json` of the public datasets' {string.Join(", ", AdvisoryInputs.CsafFolders.Select(f => "`" + f + "`"))} ({inputs.Csaf.Count} CSAF 2.0 advisories, {AdvisoryInputs.Bytes(inputs.Csaf) / 1e6:F2} MB) and `{AdvisoryInputs.CveFolder}` ({inputs.Cve.Count} CVE JSON 5 records, {AdvisoryInputs.Bytes(inputs.Cve) / 1e6:F2} MB). Median of {options.Repetitions} repetitions; the repetitions go round all rows in turn, and each import repetition starts from a fresh, migrated database."));
        text.AppendLine();
        text.Append(AdvisoryResultsTable.Render(rows));
        text.AppendLine();
        text.AppendLine("- **files**: `all` is the whole set; `CSAF` the CSAF advisories alone, the input of the validation row, with their own parse-only rows to compare it with.");
        text.AppendLine("- **docs/s**, **MB/s** (10^6 bytes of JSON) and **seconds** (median, with the fastest and slowest repetition): the step's own time inside its process, without the .NET runtime's start-up; every .NET row runs in a fresh process, so it includes the JIT compilation a real `medpatch` command pays. For `jq` it is the whole process, start-up included (a few milliseconds).");
        text.AppendLine("- **parse-only, System.Text.Json**: `JsonDocument.Parse` of every file, the bytes read into memory beforehand, so it is parse time alone. **parse-only, `jq -c .`**: one `jq -c . FILES… > /dev/null` process over the same files (it also prints every document compactly, into /dev/null).");
        text.AppendLine("- **CSAF validation alone**: `CsafValidator.Validate` on every CSAF file's bytes in memory: parse, the CSAF 2.0 JSON schema (with the CVSS schemas it references), the mandatory tests of section 6.1, and building the typed document.");
        text.AppendLine("- **import without database**: `AdvisoryFileReader.Read` on every file, one after the other: what the import does before it touches the database (read the file, check the published `.sha512` beside it, SHA-256 of the bytes, detect the format, validate CSAF, read CVE records, normalize); given no stored revisions, so every file goes all the way.");
        text.AppendLine("- **`import advisories`**: `medpatch import advisories FILES… --db DB --json` run in process (the command's own code, options and output), into a fresh database migrated beforehand; *first* into the empty database, *again* the same files a second time into the same database, where every document is unchanged.");
        text.AppendLine("- **peak memory**: peak resident set (VmHWM) of the measuring process, the .NET runtime's own footprint included (the parse-only process also holds all the files' bytes); for PostgreSQL the server's memory is not included.");
        text.AppendLine("- **× STJ parse** and **× jq**: the row's seconds divided by the parse-only seconds of the same files (goal of the full import: within 3x of parse-only).");
        text.AppendLine("- **result**: what the step reported doing, so a fast row that did less is seen: documents parsed, valid, normalized, imported, unchanged or failed.");
        text.AppendLine();
        text.AppendLine("What the import does beyond parsing: at start-up it checks the schema by reading the applied migrations past EF Core (EF Core's migrator runs only when some are pending), hashes every file and looks the SHA-256 up among the stored revisions in one query, also past EF Core, so a file whose bytes are already stored is reported unchanged without being validated or normalized (a run where every file is unchanged never builds EF Core's model). Then, per other document, it validates CSAF documents fully (schema and mandatory tests; an invalid one is refused), checks the published SHA-512 beside the file, normalizes the document into MedPatch's model (affected products with vendor, product, version or version range, CPE and purl; remediations; CVSS, CWE and references of each vulnerability), and then, in one database transaction per document, looks up the advisory and its stored revisions (revision bookkeeping: identical bytes are unchanged, an older revision is kept in the history only, a newer one replaces the current statements and its differences from the previous one are recorded), stores the revision's bytes verbatim, creates or updates each named vulnerability, inserts the affected statements, remediations and VEX statements, and appends one hash-chained audit record. On PostgreSQL that is six round trips for a new document: the advisory, its vulnerabilities, EF Core's batch of advisory, revision and vulnerability rows (no savepoint: the document's transaction is the unit), one batch of multi-row INSERTs of statements and remediations with the audit chain's lock and head, the audit record's INSERT, and COMMIT. Reading, validation and normalization run on a worker thread up to 16 files (32 MiB) ahead of the writes, and when some file is not stored yet, EF Core's model is built on another thread from the start rather than at the first write.");
        if (profiles.Count > 0)
        {
            text.AppendLine();
            text.Append(ProfileSection(profiles, inputs.All.Count));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"Machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {await VersionAsync("jq", "--version").ConfigureAwait(false)}, SQLite {await SqliteVersionAsync().ConfigureAwait(false)}{await PostgresServerAsync().ConfigureAwait(false)}; load average {loadBefore} at the start, {LoadAverage()} at the end."));
#if DEBUG
        text.AppendLine();
        text.AppendLine("**Debug build: these figures are not representative; run with `-c Release`.**");
#endif
        return text.ToString();
    }

    private static string ProfileSection(IReadOnlyList<(string Kind, string Pass, Measurement Run, string Result)> profiles, int documents)
    {
        var text = new StringBuilder();
        text.AppendLine("## Where the time goes");
        text.AppendLine();
        text.AppendLine("Single runs after the medians, each in a fresh process, with a stopwatch around each step; the shares are of that run's total.");
        text.AppendLine();
        text.AppendLine("- **CSAF validation alone, in a fresh process**: the one-time costs of the first validation taken apart from the per-document work.");
        text.AppendLine(Invariant($"- **per database, first and again**: one further import of the {documents} documents: the import's own parts called one after the other from the benchmark, without the read-ahead thread, so the steps add up to the whole (and the whole can be longer than the import's median above). *SQL* lines are the time EF Core's commands took in the database, by statement and first table; *raw SQL* lines (PostgreSQL only, from the Npgsql driver's trace) are the commands sent past EF Core, such as the INSERTs of statements, remediations and audit records, the schema check's queries of the migrations history and the look-up of the files' hashes; they are part of the store steps, the start-up's schema check and the look-up. On SQLite what is written past EF Core is not traced, so it is in the store steps but in no SQL line."));
        foreach (var (kind, pass, run, result) in profiles)
        {
            text.AppendLine();
            List<ProfileLine>? lines = null;
            try
            {
                lines = run.ExitCode == 0 ? JsonSerializer.Deserialize<List<ProfileLine>>(run.Output) : null;
            }
            catch (JsonException)
            {
                // Reported below as not measured.
            }

            if (lines is null)
            {
                text.AppendLine(Invariant($"{kind}, {pass}: not measured (exit {run.ExitCode}: {FirstLine(run.Error) ?? FirstLine(run.Output) ?? "no output"})."));
                continue;
            }

            text.AppendLine(Invariant($"**{kind}, {pass}**: {run.Seconds:F2} s in all; {result}."));
            text.AppendLine();
            text.AppendLine("| step | seconds | share | times |");
            text.AppendLine("| --- | ---: | ---: | ---: |");
            foreach (var line in lines.Where(l => !l.Sql))
            {
                text.AppendLine(Invariant($"| {line.Name} | {line.Seconds:F3} | {line.Seconds / run.Seconds:P0} | {line.Count} |"));
            }

            foreach (var line in lines.Where(l => l.Sql))
            {
                text.AppendLine(Invariant($"| {line.Name.Replace("|", "/", StringComparison.Ordinal)} | {line.Seconds:F3} | {line.Seconds / run.Seconds:P0} | {line.Count} |"));
            }
        }

        return text.ToString();
    }

    private static async Task<string> SqliteVersionAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return Convert.ToString(await command.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "unknown";
    }

    /// <summary>The server's version and durability settings, which decide what a commit costs.</summary>
    private async Task<string> PostgresServerAsync()
    {
        if (options.Postgres is not { } admin)
        {
            return string.Empty;
        }

        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit')", connection);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        await reader.ReadAsync().ConfigureAwait(false);
        return Invariant($", PostgreSQL server {reader.GetString(0)} (fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)})");
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static async Task<string> VersionAsync(string program, string argument)
    {
        try
        {
            var run = await ProcessMeter.RunAsync(program, [argument]).ConfigureAwait(false);
            var version = FirstLine(run.Output) ?? FirstLine(run.Error) ?? program;
            return version.StartsWith(program, StringComparison.Ordinal) ? version : program + " " + version;
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
