using System.Globalization;
using MedPatch.Core.Devices;
using MedPatch.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// SQLite: one prepared INSERT and one prepared UPDATE reused for every row of the import's transaction. Values
/// are written in the forms EF Core's SQLite provider reads back: Guid as upper-case text, dates as ISO text,
/// enums by name, booleans as 0/1.
/// </summary>
public sealed class SqliteDeviceStore(MedPatchDbContext db) : DeviceStore(db), IDisposable
{
    private SqliteCommand? insert;
    private SqliteCommand? update;

    public override async Task InsertAsync(IReadOnlyList<Device> devices, CancellationToken cancellationToken)
    {
        insert ??= Prepare($"INSERT INTO devices ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})");
        foreach (var device in devices)
        {
            Bind(insert, device);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

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
        var connection = (SqliteConnection)Db.Database.GetDbConnection();
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
