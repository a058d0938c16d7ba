using System.Data.Common;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Imports advisory files and folders (recursively): CSAF 2.0 documents, CVE JSON 5 records and NVD API 2.0
/// responses, each document in its own transaction so one bad file stores nothing and the others still import.
/// The next file is read, validated and normalized on a worker thread while the current one is written.
/// </summary>
public sealed class ImportAdvisories(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
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

        var store = new AdvisoryStore(db, clock, audit);

        // One connection for the whole run: each document's transaction would otherwise open (and set up) its own.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ImportAsync(files, errors, store, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<AdvisoryImportResult> ImportAsync(List<string> files, List<AdvisoryImportError> errors, AdvisoryStore store, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        int imported = 0, updated = 0, unchanged = 0, older = 0, skipped = 0, failed = errors.Count;
        Task<AdvisoryFile>? next = files.Count > 0 ? Task.Run(() => AdvisoryFileReader.Read(files[0]), cancellationToken) : null;
        for (var i = 0; i < files.Count; i++)
        {
            var file = await next!.ConfigureAwait(false);
            var following = i + 1;
            next = following < files.Count ? Task.Run(() => AdvisoryFileReader.Read(files[following]), cancellationToken) : null;
            if (file.Skipped)
            {
                skipped++;
            }

            foreach (var error in file.Errors)
            {
                errors.Add(new AdvisoryImportError(file.Path, error));
                failed++;
            }

            foreach (var advisory in file.Advisories)
            {
                try
                {
                    switch (await store.StoreAsync(advisory, Path.GetFileName(file.Path), AdvisoryFileReader.Reread, cancellationToken).ConfigureAwait(false))
                    {
                        case AdvisoryOutcome.Imported:
                            imported++;
                            break;
                        case AdvisoryOutcome.Updated:
                            updated++;
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

            progress?.Invoke(i + 1, files.Count);
        }

        return new AdvisoryImportResult(imported, updated, unchanged, failed, errors, skipped, older, files.Count);
    }

    private static Exception Inner(Exception ex) => ex is DbUpdateException { InnerException: { } inner } ? inner : ex;
}
