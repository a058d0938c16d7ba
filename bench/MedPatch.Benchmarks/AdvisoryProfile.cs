using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using MedPatch.Composition;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Csaf;
using MedPatch.Core.Standards.Cve;
using MedPatch.Data;
using MedPatch.Features.Database;
using MedPatch.Features.Intelligence;
using Microsoft.Extensions.DependencyInjection;

namespace MedPatch.Benchmarks;

/// <summary>
/// The import's steps one after the other with a stopwatch around each: the steps <c>import advisories</c> takes for
/// a CSAF document or a CVE record (start-up, the look-up of the files' hashes among the stored revisions, reading
/// and checksum, hashing, format detection, validation, normalization, storing), run from the same public parts, without the read-ahead thread, so the sections add up to the
/// whole. The storing is split further by the time EF Core's commands took in the database.
/// </summary>
public static class AdvisoryProfile
{
    public static async Task<(double Seconds, int Exit, string Result, string Output)> RunAsync(string[] files, string db)
    {
        var sections = new Dictionary<string, (double Seconds, int Count)>(StringComparer.Ordinal);
        var stopwatch = new Stopwatch();
        T Time<T>(string section, Func<T> step)
        {
            stopwatch.Restart();
            var result = step();
            stopwatch.Stop();
            var (seconds, count) = sections.GetValueOrDefault(section);
            sections[section] = (seconds + stopwatch.Elapsed.TotalSeconds, count + 1);
            return result;
        }

        using var commands = new EfCommandTimes();
        using var driver = new NpgsqlCommandTimes();
        var total = Stopwatch.StartNew();
        var outcomes = new Dictionary<AdvisoryOutcome, int>();
        var failed = 0;
        // The steps of CliServices.OpenAsync with Schema.Migrate, timed apart.
        var services = Time(Section.Services, () => ServiceCollectionExtensions.BuildCliServices(DatabaseSettings.Parse(db)));
        await using (services.ConfigureAwait(false))
        {
            stopwatch.Restart();
            await DatabaseMigrator.MigrateAsync(services, CancellationToken.None).ConfigureAwait(false);
            stopwatch.Stop();
            sections[Section.Schema] = (stopwatch.Elapsed.TotalSeconds, 1);

            // Not part of the import: the same check once more, to tell one-time costs (JIT, EF Core's model) from SQL.
            total.Stop();
            stopwatch.Restart();
            await DatabaseMigrator.MigrateAsync(services, CancellationToken.None).ConfigureAwait(false);
            stopwatch.Stop();
            total.Start();
            sections[Section.SchemaAgain] = (stopwatch.Elapsed.TotalSeconds, 1);
            await using var scope = services.CreateAsyncScope();
            var store = Time(Section.Services, () => ActivatorUtilities.CreateInstance<AdvisoryStore>(scope.ServiceProvider));
            stopwatch.Restart();
            var stored = await ImportAdvisories.StoredRevisionsAsync(scope.ServiceProvider.GetRequiredService<DatabaseSettings>(), files, CancellationToken.None).ConfigureAwait(false);
            stopwatch.Stop();
            sections[Section.Stored] = (stopwatch.Elapsed.TotalSeconds, 1);
            foreach (var file in files)
            {
                var bytes = Time(Section.Read, () => File.ReadAllBytes(file));
                _ = Time(Section.Read, () => ChecksumMatches(file, bytes));
                var sha256 = Time(Section.Hash, () => Sha256(bytes));
                if (stored.Contains(sha256))
                {
                    outcomes[AdvisoryOutcome.Unchanged] = outcomes.GetValueOrDefault(AdvisoryOutcome.Unchanged) + 1;
                    continue;
                }

                var format = Time(Section.Detect, () => AdvisoryFormatDetector.Detect(bytes));
                ParsedAdvisory? parsed = null;
                if (format == AdvisoryFormat.Csaf)
                {
                    var report = Time(Section.Validate, () => CsafValidator.Validate(bytes));
                    if (report is { Valid: true, Document: { } document })
                    {
                        var advisory = Time(Section.Normalize, () => CsafNormalizer.Normalize(document));
                        parsed = new ParsedAdvisory(advisory, document.Document.Category, bytes, sha256);
                    }
                }
                else if (format == AdvisoryFormat.CveRecord)
                {
                    var record = Time(Section.CveRead, () => CveRecordReader.Read(new MemoryStream(bytes, false)));
                    var advisory = Time(Section.Normalize, () => CveNormalizer.Normalize(record));
                    parsed = new ParsedAdvisory(advisory, null, bytes, sha256);
                }

                if (parsed is null)
                {
                    failed++;
                    continue;
                }

                stopwatch.Restart();
                var outcome = await store.StoreAsync(parsed, Path.GetFileName(file), AdvisoryFileReader.Reread, CancellationToken.None).ConfigureAwait(false);
                stopwatch.Stop();
                var section = sections.ContainsKey(Section.FirstStore) ? Section.Store : Section.FirstStore;
                var (seconds, count) = sections.GetValueOrDefault(section);
                sections[section] = (seconds + stopwatch.Elapsed.TotalSeconds, count + 1);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }

        total.Stop();
        var result = string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => Invariant($"{o.Value} {o.Key.ToString().ToLowerInvariant()}")))
            + (failed > 0 ? Invariant($", {failed} failed") : string.Empty);
        var lines = Section.Order.Where(sections.ContainsKey).Select(s => new ProfileLine(s, sections[s].Seconds, sections[s].Count, false))
            .Concat(commands.Totals.OrderByDescending(c => c.Value.Seconds).Select(c => new ProfileLine("SQL: " + c.Key, c.Value.Seconds, c.Value.Count, true)))
            .Concat(RawOnly(driver.Totals, commands.Totals))
            .ToList();
        return (total.Elapsed.TotalSeconds, 0, result, JsonSerializer.Serialize(lines));
    }

    /// <summary>
    /// Where a fresh process's first CSAF validations spend their time: the regular expressions of the CSAF patterns
    /// (built on first use), the schema's node tree, the first document (JIT), the same document again, the rest.
    /// </summary>
    public static (double Seconds, int Exit, string Result, string Output) ColdValidation(string[] files)
    {
        var contents = files.Select(File.ReadAllBytes).ToList();
        var lines = new List<ProfileLine>();
        var total = Stopwatch.StartNew();
        var stopwatch = Stopwatch.StartNew();
        void Step(string name, int count, Action action)
        {
            stopwatch.Restart();
            action();
            lines.Add(new ProfileLine(name, stopwatch.Elapsed.TotalSeconds, count, false));
        }

        // Internal to the core library: reached by name, as only this measurement needs it alone.
        var patterns = typeof(CsafSchema).Assembly.GetType("MedPatch.Core.Standards.Csaf.CsafPatterns");
        if (patterns is not null)
        {
            Step("build the CSAF patterns' regular expressions (NonBacktracking)", 1, () => RuntimeHelpers.RunClassConstructor(patterns.TypeHandle));
        }

        Step("build the CSAF schema's node tree", 1, () => RuntimeHelpers.RunClassConstructor(typeof(CsafSchema).TypeHandle));
        Step("validate the first document (JIT compiles the validator)", 1, () => CsafValidator.Validate(contents[0]));
        Step("the same document again", 1, () => CsafValidator.Validate(contents[0]));
        Step("the other documents", contents.Count - 1, () =>
        {
            foreach (var bytes in contents.Skip(1))
            {
                CsafValidator.Validate(bytes);
            }
        });
        Step("all documents again (warm)", contents.Count, () =>
        {
            foreach (var bytes in contents)
            {
                CsafValidator.Validate(bytes);
            }
        });
        total.Stop();
        return (total.Elapsed.TotalSeconds - lines[^1].Seconds, 0, Invariant($"{contents.Count} validated"), JsonSerializer.Serialize(lines));
    }

    /// <summary>What the driver ran beyond EF Core's commands: per statement kind, the driver's count and time less EF Core's.</summary>
    private static IEnumerable<ProfileLine> RawOnly(Dictionary<string, (double Seconds, int Count)> driver, Dictionary<string, (double Seconds, int Count)> ef) =>
        driver.Select(d => (d.Key, Extra: (Seconds: d.Value.Seconds - ef.GetValueOrDefault(d.Key).Seconds, Count: d.Value.Count - ef.GetValueOrDefault(d.Key).Count)))
            .Where(d => d.Extra.Count > 0)
            .OrderByDescending(d => d.Extra.Seconds)
            .Select(d => new ProfileLine("raw SQL: " + d.Key, Math.Max(0, d.Extra.Seconds), d.Extra.Count, true));

    /// <summary>The same check the import makes: the SHA-512 published beside the file, when there is one.</summary>
    private static bool ChecksumMatches(string file, byte[] bytes)
    {
        var checksum = file + ".sha512";
        if (!File.Exists(checksum))
        {
            return true;
        }

        var expected = File.ReadAllText(checksum).Split([' ', '\t', '\n', '\r'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return string.Equals(expected, Convert.ToHexStringLower(SHA512.HashData(bytes)), StringComparison.OrdinalIgnoreCase);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The names of the timed sections, in the order the import passes them.</summary>
    public static class Section
    {
        public const string Services = "start-up: services (dependency injection)";
        public const string Schema = "start-up: schema check (applied migrations; EF Core's migrator only when some are pending)";
        public const string SchemaAgain = "(not in the total: the same schema check again in the same process)";
        public const string Stored = "look up the files' SHA-256 among the stored revisions (hash every file, one query)";
        public const string Read = "read file, SHA-512 check";
        public const string Detect = "detect format";
        public const string Validate = "CSAF validation (parse, schema, mandatory tests, model)";
        public const string CveRead = "CVE record read";
        public const string Normalize = "normalize";
        public const string Hash = "SHA-256 (identical bytes already stored: unchanged, nothing more done)";
        public const string FirstStore = "store the first document (EF Core builds its model, JIT)";
        public const string Store = "store the other documents (one transaction each)";

        public static readonly IReadOnlyList<string> Order = [Services, Schema, SchemaAgain, Stored, Read, Hash, Detect, Validate, CveRead, Normalize, FirstStore, Store];
    }
}

/// <summary>One section of a profile: its seconds and how often it ran; <paramref name="Sql"/> marks EF Core command time.</summary>
public sealed record ProfileLine(string Name, double Seconds, int Count, bool Sql);
