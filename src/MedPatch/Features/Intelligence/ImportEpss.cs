using System.Globalization;
using MedPatch.Core.Auditing;
using MedPatch.Core.Intelligence;
using MedPatch.Core.Standards.Epss;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using MedPatch.Features.Exposures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Imports FIRST's daily EPSS file (plain or gzip) in one transaction. The file replaces the stored scores of every
/// CVE (about 300,000 rows, written through each provider's bulk path), and the scores of the vulnerabilities
/// MedPatch knows are then set by one set-based UPDATE. The same file twice, or an older day, writes nothing.
/// </summary>
public sealed class ImportEpss(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
    /// <exception cref="EpssFormatException">The file is not an EPSS CSV.</exception>
    public async Task<EpssImportResult> RunAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await CatalogFiles.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var sha = CatalogFiles.Sha256(bytes);
        var file = Path.GetFileName(path);

        // Read and checked in full before the transaction: a broken last line must not leave half a table behind.
        string? modelVersion;
        DateOnly? scoreDate;
        List<EpssScore> scores;
        using (var epss = EpssReader.Read(new MemoryStream(bytes, writable: false)))
        {
            modelVersion = epss.ModelVersion;
            scoreDate = epss.ScoreDate is { } date ? DateOnly.FromDateTime(date.UtcDateTime) : null;
            scores = epss.Scores.GroupBy(s => s.Cve, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        }

        var result = await StoreAsync(file, sha, modelVersion, scoreDate, scores, cancellationToken).ConfigureAwait(false);
        if (!result.Unchanged && !result.Older)
        {
            // Committed: new scores may move any exposed vulnerability's Exploitation and priority.
            await new ExposureUpdates(db, clock, audit).RerankAsync(new RerankScope.All(), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<EpssImportResult> StoreAsync(string file, string sha, string? modelVersion, DateOnly? scoreDate, List<EpssScore> scores, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (await db.EpssReleases.AnyAsync(r => r.Sha256 == sha, cancellationToken).ConfigureAwait(false))
            {
                return new EpssImportResult(file, modelVersion, scoreDate, scores.Count, 0, Unchanged: true, Older: false);
            }

            var newest = await db.EpssReleases.AsNoTracking().Where(r => r.ScoreDate != null).OrderByDescending(r => r.ScoreDate)
                .Select(r => r.ScoreDate).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (scoreDate is { } day && newest is { } latest && day < latest)
            {
                return new EpssImportResult(file, modelVersion, scoreDate, scores.Count, 0, Unchanged: false, Older: true);
            }

            var connection = db.Database.GetDbConnection();
            var dbTransaction = db.Database.CurrentTransaction!.GetDbTransaction();
            if (connection is NpgsqlConnection npgsql)
            {
                await ReplacePostgresAsync(npgsql, scores, scoreDate, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ReplaceSqliteAsync((SqliteConnection)connection, (SqliteTransaction)dbTransaction, scores, scoreDate, cancellationToken).ConfigureAwait(false);
            }

            var updated = await db.Database.ExecuteSqlRawAsync(
                "UPDATE vulnerabilities SET epss_score = e.score, epss_percentile = e.percentile, epss_score_date = e.score_date, epss_model_version = {0} " +
                "FROM epss_scores AS e WHERE e.cve_id = vulnerabilities.cve_id",
                [modelVersion ?? (object)DBNull.Value],
                cancellationToken).ConfigureAwait(false);

            db.EpssReleases.Add(new EpssRelease
            {
                ModelVersion = modelVersion,
                ScoreDate = scoreDate,
                Count = scores.Count,
                Sha256 = sha,
                ImportedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var after = AuditJson.Write(
            [
                new("file", file), new("model_version", modelVersion),
                new("score_date", scoreDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new("scores", scores.Count), new("updated", updated), new("sha256", sha),
            ]);
            await audit.AppendAsync(db, [audit.Draft("epss.imported", "epss_scores", scoreDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, null, after)], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return new EpssImportResult(file, modelVersion, scoreDate, scores.Count, updated, Unchanged: false, Older: false);
        }).ConfigureAwait(false);
    }

    private static async Task ReplacePostgresAsync(NpgsqlConnection connection, List<EpssScore> scores, DateOnly? scoreDate, CancellationToken cancellationToken)
    {
        // TRUNCATE is transactional in PostgreSQL and far cheaper than deleting 300,000 rows one by one.
        await using (var truncate = new NpgsqlCommand("TRUNCATE epss_scores", connection))
        {
            await truncate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY epss_scores (cve_id, score, percentile, score_date) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var score in scores)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(score.Cve, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(score.Epss, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(score.Percentile, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            if (scoreDate is { } date)
            {
                await copy.WriteAsync(date, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await copy.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One prepared INSERT reused for every row, in the forms EF Core's SQLite provider reads back.</summary>
    private static async Task ReplaceSqliteAsync(SqliteConnection connection, SqliteTransaction transaction, List<EpssScore> scores, DateOnly? scoreDate, CancellationToken cancellationToken)
    {
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM epss_scores";
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO epss_scores (cve_id, score, percentile, score_date) VALUES ($c, $s, $p, $d)";
        var cve = insert.Parameters.Add("$c", SqliteType.Text);
        var value = insert.Parameters.Add("$s", SqliteType.Real);
        var percentile = insert.Parameters.Add("$p", SqliteType.Real);
        var date = insert.Parameters.Add("$d", SqliteType.Text);
        date.Value = scoreDate is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
        insert.Prepare();
        foreach (var score in scores)
        {
            cve.Value = score.Cve;
            value.Value = score.Epss;
            percentile.Value = score.Percentile;
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
