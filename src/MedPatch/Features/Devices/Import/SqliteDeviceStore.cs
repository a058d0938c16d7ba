using System.Globalization;
using MedPatch.Core.Devices;
using MedPatch.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// SQLite: one prepared INSERT and one prepared UPDATE reused for every row of the import's transaction. Values
/// are written in the forms EF Core's SQLite provider reads back: Guid as upper-case text, dates as ISO text,
/// enums by name, booleans as 0/1.
/// </summary>
public sealed class SqliteDeviceStore(MedPatchDbContext db) : DeviceStore(db), IDisposable
{
    private SqliteCommand? update;
    private sqlite3_stmt? insert;

    /// <summary>
    /// Inserts through SQLite's own prepared-statement API, binding by position: each ADO.NET execution costs more
    /// than the row it writes (a data reader, a parameter lookup by name per column), which is most of a first
    /// import's time. Runs on the EF connection, inside the import's transaction.
    /// </summary>
    public override Task InsertAsync(IReadOnlyList<Device> devices, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)Connection;
        if (insert is null)
        {
            var sql = $"INSERT INTO devices ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(_ => "?"))})";
            Check(connection, raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
            insert = statement;
        }

        foreach (var device in devices)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = Values(device);
            for (var i = 0; i < values.Length; i++)
            {
                var rc = values[i] switch
                {
                    null => raw.sqlite3_bind_null(insert, i + 1),
                    long number => raw.sqlite3_bind_int64(insert, i + 1, number),
                    string text => raw.sqlite3_bind_text(insert, i + 1, text),
                    _ => throw new InvalidOperationException("unexpected value type for column " + Columns[i]),
                };
                Check(connection, rc);
            }

            var step = raw.sqlite3_step(insert);
            raw.sqlite3_reset(insert);
            if (step != raw.SQLITE_DONE)
            {
                Check(connection, step);
            }
        }

        return Task.CompletedTask;
    }

    private static void Check(SqliteConnection connection, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(connection.Handle));
        }
    }

    /// <summary>The row in the forms EF Core's SQLite provider reads back, in <see cref="DeviceStore.Columns"/> order.</summary>
    private static object?[] Values(Device d) =>
    [
        Id(d.Id), Id(d.OrganizationId), Id(d.FacilityId), d.LocationId is { } location ? Id(location) : null, Id(d.DeviceModelId),
        d.AssetTag, d.SerialNumber, d.SoftwareVersion, d.IpAddress, d.MacAddress, d.Hostname,
        d.NetworkSegmentId is { } segment ? Id(segment) : null, d.ClinicalCriticality?.ToString(),
        d.PatientConnected is { } connected ? (connected ? 1L : 0L) : null, d.StoresPhi is { } phi ? (phi ? 1L : 0L) : null,
        d.InService.ToString(), d.CmmsId, d.UdiDi,
        d.EndOfSupport is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        d.LastSeen is { } seen ? Instant(seen) : null, Instant(d.CreatedAt), Instant(d.UpdatedAt),
    ];

    public override async Task UpdateAsync(IReadOnlyList<Device> devices, CancellationToken cancellationToken)
    {
        // id ($p0), last_seen ($p19) and created_at ($p20) belong to the device, not to the file.
        var assignments = Columns.Select((c, i) => (c, i)).Where(x => x.i is not (0 or 19 or 20))
            .Select(x => x.c + " = $p" + x.i.ToString(CultureInfo.InvariantCulture));
        update ??= Prepare($"UPDATE devices SET {string.Join(", ", assignments)} WHERE id = $p0");
        foreach (var device in devices)
        {
            Bind(update, device);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        insert?.Dispose();
        update?.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var connection = (SqliteConnection)Connection;
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction)Transaction;
        for (var i = 0; i < Columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, Device d)
    {
        var p = command.Parameters;
        p[0].Value = Id(d.Id);
        p[1].Value = Id(d.OrganizationId);
        p[2].Value = Id(d.FacilityId);
        p[3].Value = d.LocationId is { } location ? Id(location) : DBNull.Value;
        p[4].Value = Id(d.DeviceModelId);
        p[5].Value = Text(d.AssetTag);
        p[6].Value = Text(d.SerialNumber);
        p[7].Value = Text(d.SoftwareVersion);
        p[8].Value = Text(d.IpAddress);
        p[9].Value = Text(d.MacAddress);
        p[10].Value = Text(d.Hostname);
        p[11].Value = d.NetworkSegmentId is { } segment ? Id(segment) : DBNull.Value;
        p[12].Value = d.ClinicalCriticality is { } criticality ? criticality.ToString() : DBNull.Value;
        p[13].Value = d.PatientConnected is { } connected ? (connected ? 1L : 0L) : DBNull.Value;
        p[14].Value = d.StoresPhi is { } phi ? (phi ? 1L : 0L) : DBNull.Value;
        p[15].Value = d.InService.ToString();
        p[16].Value = Text(d.CmmsId);
        p[17].Value = Text(d.UdiDi);
        p[18].Value = d.EndOfSupport is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
        p[19].Value = d.LastSeen is { } seen ? Instant(seen) : DBNull.Value;
        p[20].Value = Instant(d.CreatedAt);
        p[21].Value = Instant(d.UpdatedAt);
    }

    private static string Id(Guid id) => id.ToString("D").ToUpperInvariant();

    private static object Text(string? text) => text is null ? DBNull.Value : text;

    private static string Instant(DateTime value) =>
        (value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime()).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
