using MedPatch.Core.Devices;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// Where the import reads and writes devices. Lookups go through EF Core (one query per batch); inserts and
/// updates use each provider's fast path inside the import's transaction, because per-row SaveChanges is an
/// order of magnitude too slow for a CMMS export.
/// </summary>
public abstract class DeviceStore(MedPatchDbContext db)
{
    /// <summary>Columns written by inserts, in parameter order.</summary>
    protected static readonly string[] Columns =
    [
        "id", "organization_id", "facility_id", "location_id", "device_model_id", "asset_tag", "serial_number",
        "software_version", "ip_address", "mac_address", "hostname", "network_segment_id", "clinical_criticality",
        "patient_connected", "stores_phi", "in_service", "cmms_id", "udi_di", "end_of_support", "last_seen",
        "created_at", "updated_at",
    ];

    protected MedPatchDbContext Db { get; } = db;

    /// <summary>
    /// The connection and transaction, taken once when the store is made inside the import's transaction: writes
    /// run on a worker thread while the next batch is parsed, and must not touch the DbContext meanwhile.
    /// </summary>
    protected System.Data.Common.DbConnection Connection { get; } = db.Database.GetDbConnection();

    protected System.Data.Common.DbTransaction Transaction { get; } =
        db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("the import runs inside a transaction");

    public static DeviceStore For(MedPatchDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ProviderName?.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) == true
            ? new SqliteDeviceStore(db)
            : new PostgresDeviceStore(db);
    }

    public async Task<List<Device>> FindByAssetTagsAsync(List<string> assetTags, CancellationToken cancellationToken) =>
        assetTags.Count == 0
            ? []
            // EF.Parameter sends the list as one JSON array parameter: a batch of thousands of tags would otherwise
            // become thousands of bound parameters and a statement prepared anew for every batch size.
            : await Db.Devices.AsNoTracking().Where(d => d.AssetTag != null && EF.Parameter(assetTags).Contains(d.AssetTag))
                .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Devices with one of the serials, each with its manufacturer (through the model).</summary>
    public async Task<List<(Device Device, Guid ManufacturerId)>> FindBySerialsAsync(List<string> serials, CancellationToken cancellationToken)
    {
        if (serials.Count == 0)
        {
            return [];
        }

        var rows = await (from d in Db.Devices.AsNoTracking()
                          join m in Db.DeviceModels on d.DeviceModelId equals m.Id
                          where d.SerialNumber != null && EF.Parameter(serials).Contains(d.SerialNumber)
                          select new { Device = d, m.ManufacturerId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (r.Device, r.ManufacturerId)).ToList();
    }

    public abstract Task InsertAsync(IReadOnlyList<Device> devices, CancellationToken cancellationToken);

    public abstract Task UpdateAsync(IReadOnlyList<Device> devices, CancellationToken cancellationToken);
}
