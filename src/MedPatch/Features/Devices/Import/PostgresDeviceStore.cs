using MedPatch.Core.Devices;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// PostgreSQL: new devices go in through binary COPY, changed ones through one batched round trip of UPDATEs,
/// both inside the import's transaction.
/// </summary>
public sealed class PostgresDeviceStore(MedPatchDbContext db) : DeviceStore(db)
{
    private NpgsqlConnection Npgsql => (NpgsqlConnection)Connection;

    public override async Task InsertAsync(IReadOnlyList<Device> devices, CancellationToken cancellationToken)
    {
        if (devices.Count == 0)
        {
            return;
        }

        await using var copy = await Npgsql.BeginBinaryImportAsync(
            $"COPY devices ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var d in devices)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(d.Id, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(d.OrganizationId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(d.FacilityId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.LocationId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(d.DeviceModelId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.AssetTag, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.SerialNumber, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.SoftwareVersion, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.IpAddress, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.MacAddress, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.Hostname, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.NetworkSegmentId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.ClinicalCriticality?.ToString(), cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.PatientConnected, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.StoresPhi, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.InService.ToString(), cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.CmmsId, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.UdiDi, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.EndOfSupport, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, d.LastSeen, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(d.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(d.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task UpdateAsync(IReadOnlyList<Device> devices, CancellationToken cancellationToken)
    {
        if (devices.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(Npgsql);
        foreach (var d in devices)
        {
            var command = new NpgsqlBatchCommand(
                "UPDATE devices SET organization_id = $2, facility_id = $3, location_id = $4, device_model_id = $5, asset_tag = $6, " +
                "serial_number = $7, software_version = $8, ip_address = $9, mac_address = $10, hostname = $11, network_segment_id = $12, " +
                "clinical_criticality = $13, patient_connected = $14, stores_phi = $15, in_service = $16, cmms_id = $17, udi_di = $18, " +
                "end_of_support = $19, updated_at = $20 WHERE id = $1");
            var p = command.Parameters;
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = d.Id });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = d.OrganizationId });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = d.FacilityId });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = (object?)d.LocationId ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = d.DeviceModelId });
            foreach (var text in new[] { d.AssetTag, d.SerialNumber, d.SoftwareVersion, d.IpAddress, d.MacAddress, d.Hostname })
            {
                p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = (object?)text ?? DBNull.Value });
            }

            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = (object?)d.NetworkSegmentId ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = (object?)d.ClinicalCriticality?.ToString() ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Boolean, Value = (object?)d.PatientConnected ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Boolean, Value = (object?)d.StoresPhi ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = d.InService.ToString() });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = (object?)d.CmmsId ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = (object?)d.UdiDi ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = (object?)d.EndOfSupport ?? DBNull.Value });
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = d.UpdatedAt });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? text, CancellationToken cancellationToken) =>
        text is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(text, NpgsqlDbType.Varchar, cancellationToken);

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);
}
