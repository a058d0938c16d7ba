using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using MedPatch.Core.Standards.Csaf;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Imports advisory files and folders (recursively): CSAF 2.0 documents, CVE JSON 5 records and NVD API 2.0
/// responses, each document in its own transaction so one bad file stores nothing and the others still import.
/// Files are read, validated and normalized on a worker thread ahead of the writes; a file whose bytes are already
/// stored as a revision is reported unchanged without being validated.
/// </summary>
public sealed class ImportAdvisories(MedPatchDbContext db, DatabaseSettings settings, TimeProvider clock, AuditWriter audit)
{
    // Files read ahead of the writes at most: enough to ride out a slow write (the first builds EF Core's model)…
    private const int ReadAhead = 16;

    // …unless their bytes come to this much: advisories may be up to 64 MiB each, and their models are larger still.
    private const long ReadAheadBytes = 32L * 1024 * 1024;

    /// <param name="progress">Called with (files done, files in all).</param>
    public async Task<AdvisoryImportResult> RunAsync(IReadOnlyList<string> paths, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var errors = new List<AdvisoryImportError>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                errors.Add(new AdvisoryImportError(path, "no such file or folder"));
            }
        }

        var stored = await StoredRevisionsAsync(settings, files, cancellationToken).ConfigureAwait(false);
        var store = new AdvisoryStore(db, clock, audit);

        // EF Core builds its model at first use, most of a second in a fresh process: begun now on another thread, it
        // overlaps the reading of the first files instead of following it. Not when every file is already stored.
        var model = stored.Count < files.Count(f => !AdvisoryFileReader.IsCompanion(f))
            ? Task.Run<IModel?>(() => db.Model, cancellationToken)
            : Task.FromResult<IModel?>(null);

        // One connection for the whole run, opened for the first document to store: each document's transaction would
        // otherwise open (and set up) its own, and a run where every file is unchanged never builds EF Core's model.
        var opened = false;
        async ValueTask<AdvisoryStore> OpenAsync(CancellationToken token)
        {
            if (!opened)
            {
                await model.ConfigureAwait(false);
                await db.Database.OpenConnectionAsync(token).ConfigureAwait(false);
                opened = true;
            }

            return store;
        }

        AdvisoryImportResult result;
        try
        {
            result = await ImportAsync(files, stored, errors, OpenAsync, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The context must not be disposed under the model's construction, even when nothing was stored.
            await model.ConfigureAwait(false);
            if (opened)
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }

        // The documents are committed: their exposures follow, and a failure here leaves them for `match --full`.
        var matching = await new ExposureUpdates(db, clock, audit).AfterAdvisoriesAsync(result.ChangedAdvisories, cancellationToken).ConfigureAwait(false);
        return result with { Matching = matching };
    }

    /// <summary>
    /// Which of the files' bytes are already stored as a revision, looked up by their SHA-256 (indexed) in a few plain
    /// queries before any file is validated: re-importing a folder is then mostly hashing, as identical bytes can only
    /// be the same revision. Files that cannot be read here are left to the import's own read, which reports them.
    /// </summary>
    public static async Task<HashSet<string>> StoredRevisionsAsync(DatabaseSettings settings, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(files);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !AdvisoryFileReader.IsCompanion(f)))
        {
            try
            {
                if (new FileInfo(file).Length <= CsafReader.MaxDocumentBytes)
                {
                    await using var stream = File.OpenRead(file);
                    hashes.Add(Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false)));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
        }

        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return stored;
        }

        // Past EF Core, on a connection of its own: when every file is unchanged, building EF Core's model and
        // compiling a query would be most of the run. Chunks keep each query well under the providers' parameter limits.
        var connection = await DatabaseSetup.OpenConnectionAsync(settings, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var postgres = connection is NpgsqlConnection;
            foreach (var chunk in hashes.Chunk(postgres ? 10_000 : 500))
            {
                await using var command = connection.CreateCommand();
                if (postgres)
                {
                    command.CommandText = "SELECT sha256 FROM advisory_revisions WHERE sha256 = ANY($1)";
                    command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = chunk });
                }
                else
                {
                    var names = new List<string>(chunk.Length);
                    foreach (var hash in chunk)
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = "$h" + names.Count.ToString(CultureInfo.InvariantCulture);
                        parameter.Value = hash;
                        command.Parameters.Add(parameter);
                        names.Add(parameter.ParameterName);
                    }

                    command.CommandText = $"SELECT sha256 FROM advisory_revisions WHERE sha256 IN ({string.Join(", ", names)})";
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    stored.Add(reader.GetString(0));
                }
            }
        }

        return stored;
    }

    private static async Task<AdvisoryImportResult> ImportAsync(List<string> files, HashSet<string> stored, List<AdvisoryImportError> errors, Func<CancellationToken, ValueTask<AdvisoryStore>> store, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        // Files are read, validated and normalized by one worker ahead of the writes, so a slow write does not leave
        // the worker idle, nor a slow document the writer.
        var ready = Channel.CreateBounded<AdvisoryFile>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var taken = new SemaphoreSlim(0);
        long queuedBytes = 0;
        var reader = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var path in files)
                    {
                        while (Interlocked.Read(ref queuedBytes) > ReadAheadBytes)
                        {
                            await taken.WaitAsync(stop.Token).ConfigureAwait(false);
                        }

                        var file = AdvisoryFileReader.Read(path, stored);
                        Interlocked.Add(ref queuedBytes, SizeOf(file));
                        await ready.Writer.WriteAsync(file, stop.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    ready.Writer.TryComplete();
                }
            },
            stop.Token);
        async ValueTask<AdvisoryFile> ReadAsync(CancellationToken token)
        {
            var file = await ready.Reader.ReadAsync(token).ConfigureAwait(false);
            Interlocked.Add(ref queuedBytes, -SizeOf(file));
            taken.Release();
            return file;
        }

        try
        {
            return await WriteAsync(files.Count, ReadAsync, errors, store, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await reader.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The writes ended first (an error or cancellation): the reads still queued are of no use.
            }
        }
    }

    private static long SizeOf(AdvisoryFile file) => file.Advisories.Sum(a => (long)a.Content.Length);

    private static async Task<AdvisoryImportResult> WriteAsync(int count, Func<CancellationToken, ValueTask<AdvisoryFile>> next, List<AdvisoryImportError> errors, Func<CancellationToken, ValueTask<AdvisoryStore>> store, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        int imported = 0, updated = 0, unchanged = 0, older = 0, skipped = 0, failed = errors.Count;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var file = await next(cancellationToken).ConfigureAwait(false);
            if (file.Skipped)
            {
                skipped++;
            }

            if (file.Unchanged)
            {
                unchanged++;
            }

            foreach (var error in file.Errors)
            {
                errors.Add(new AdvisoryImportError(file.Path, error));
                failed++;
            }

            foreach (var advisory in file.Advisories)
            {
                var writer = await store(cancellationToken).ConfigureAwait(false);
                try
                {
                    switch (await writer.StoreAsync(advisory, Path.GetFileName(file.Path), AdvisoryFileReader.Reread, cancellationToken).ConfigureAwait(false))
                    {
                        case AdvisoryOutcome.Imported:
                            imported++;
                            changed.Add(advisory.Advisory.TrackingId);
                            break;
                        case AdvisoryOutcome.Updated:
                            updated++;
                            changed.Add(advisory.Advisory.TrackingId);
                            break;
                        case AdvisoryOutcome.Older:
                            older++;
                            break;
                        default:
                            unchanged++;
                            break;
                    }
                }
                catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException)
                {
                    errors.Add(new AdvisoryImportError(file.Path, $"{advisory.Advisory.TrackingId}: not stored: {Inner(ex).Message.ReplaceLineEndings(" ")}"));
                    failed++;
                }
            }

            progress?.Invoke(i + 1, count);
        }

        return new AdvisoryImportResult(imported, updated, unchanged, failed, errors, skipped, older, count) { ChangedAdvisories = changed };
    }

    private static Exception Inner(Exception ex) => ex is DbUpdateException { InnerException: { } inner } ? inner : ex;
}
