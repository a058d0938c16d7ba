using MedPatch.Core.Devices;
using MedPatch.Core.Inventory;
using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using MedPatch.Features.Devices.Import;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Devices;

/// <summary>
/// Imports devices from CSV, XLSX or FHIR R4 Device resources. The file is one transaction: it is streamed in
/// batches, each batch upserted by facility + asset tag (else serial + manufacturer), and the transaction is
/// committed only when no row failed (or --skip-invalid) and this is not a dry run.
/// </summary>
public sealed class ImportDevices(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
    public const int BatchSize = 5000;

    private MedPatchDbContext Db { get; } = db;

    private TimeProvider Clock { get; } = clock;

    private AuditWriter Audit { get; } = audit;

    public async Task<ImportResult> RunAsync(ImportRequest request, Action<long, long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = ImportFormat.Csv;
        var errors = new List<ImportError>();
        IDeviceSource source;
        try
        {
            if (!File.Exists(request.File))
            {
                throw new ImportFileException(0, "(file)", "the file does not exist");
            }

            format = ImportFormatDetector.Detect(request.File);
            var facilityGiven = !string.IsNullOrWhiteSpace(request.Facility);
            source = format switch
            {
                ImportFormat.Xlsx => XlsxDeviceSource.Open(request.File, request.Map, facilityGiven),
                ImportFormat.FhirJson => FhirDeviceSource.Open(request.File),
                _ => CsvDeviceSource.Open(request.File, request.Map, facilityGiven),
            };
        }
        catch (ImportFileException ex)
        {
            return Result(request, format, false, new Counts(), ex.Errors.Count, ex.Errors);
        }

        using (source)
        {
            var started = Clock.GetUtcNow().UtcDateTime;
            var strategy = Db.Database.CreateExecutionStrategy();
            var result = await strategy.ExecuteAsync(async () =>
            {
                errors.Clear();
                Db.ChangeTracker.Clear();
                var run = new Run(this, request, format, source, errors);
                var counts = await run.ExecuteAsync(progress, cancellationToken).ConfigureAwait(false);
                return Result(request, format, run.Committed, run.Committed || request.DryRun ? counts : new Counts(), run.FailedRows, errors);
            }).ConfigureAwait(false);
            if (result.Committed && !request.DryRun && result.Created + result.Updated > 0)
            {
                // The rows this run wrote carry its time: those devices are matched again, the unchanged ones are not.
                Db.ChangeTracker.Clear();
                var written = await Db.Devices.Where(d => d.UpdatedAt >= started).Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
                await new ExposureUpdates(Db, Clock, Audit).AfterDevicesAsync(written, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
    }

    private static ImportResult Result(ImportRequest request, ImportFormat format, bool committed, Counts counts, int failed, IReadOnlyList<ImportError> errors) =>
        new(request.File, format.ToString().ToLowerInvariant(), request.DryRun, committed, counts.Created, counts.Updated, counts.Unchanged, failed, errors);

    private sealed class Counts
    {
        public int Created { get; set; }
        public int Updated { get; set; }
        public int Unchanged { get; set; }
    }

    /// <summary>The state of one pass over the file.</summary>
    private sealed class Run(ImportDevices owner, ImportRequest request, ImportFormat format, IDeviceSource source, List<ImportError> errors)
    {
        private readonly Dictionary<ulong, int> firstRowOfKey = [];
        private readonly Counts counts = new();
        private DateTime now;
        private ReferenceCache references = null!;
        private DeviceStore store = null!;
        private DeviceImportAudit audit = null!;
        private int lastFailedRow = -1;
        private bool emptyAtStart;

        // The previous batch's database write, still running while the next batch is read and checked.
        private Task pendingWrite = Task.CompletedTask;

        public bool Committed { get; private set; }

        public int FailedRows { get; private set; }

        // Once a row failed without --skip-invalid nothing will be committed, so the rest is only validated.
        private bool Writing => FailedRows == 0 || request.SkipInvalid;

        public async Task<Counts> ExecuteAsync(Action<long, long>? progress, CancellationToken cancellationToken)
        {
            var db = owner.Db;
            now = owner.Clock.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            references = await ReferenceCache.LoadAsync(db, cancellationToken).ConfigureAwait(false);
            store = DeviceStore.For(db);
            audit = new DeviceImportAudit(db, owner.Audit);

            // Into an empty inventory every row is new (duplicates inside the file are caught by key), so the
            // per-batch lookups of existing devices, the larger part of a first import's time, can be skipped.
            emptyAtStart = !await db.Devices.AnyAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var batch = new List<DeviceRecord>(BatchSize);
                var seen = 0;
                try
                {
                    foreach (var row in source.Rows(cancellationToken))
                    {
                        if (++seen % 1000 == 0)
                        {
                            progress?.Invoke(source.Position, source.Length);
                        }

                        var record = Validate(row);
                        if (record is null || !Writing)
                        {
                            continue;
                        }

                        batch.Add(record);
                        if (batch.Count >= BatchSize)
                        {
                            await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
                            batch.Clear();
                        }
                    }
                }
                catch (ImportFileException ex)
                {
                    // A whole-document format (a FHIR Bundle) only finds out it is broken once reading starts.
                    foreach (var error in ex.Errors)
                    {
                        Fail(error);
                    }
                }

                if (Writing)
                {
                    await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
                }

                await pendingWrite.ConfigureAwait(false);

                progress?.Invoke(source.Length, source.Length);
                if (Writing && !request.DryRun)
                {
                    await AuditImportAsync(db, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    Committed = true;
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                // A failed read must not leave a write running on the connection it is about to roll back.
                await pendingWrite.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
                (store as IDisposable)?.Dispose();
                db.ChangeTracker.Clear();
            }

            return counts;
        }

        /// <summary>The import's own record, after its devices' records and in the same transaction.</summary>
        private Task AuditImportAsync(MedPatchDbContext db, CancellationToken cancellationToken)
        {
            var after = Core.Auditing.AuditJson.Write(
            [
                new("file", Path.GetFileName(request.File)), new("format", format.ToString().ToLowerInvariant()),
                new("created", counts.Created), new("updated", counts.Updated), new("unchanged", counts.Unchanged),
                new("failed", FailedRows), new("skip_invalid", request.SkipInvalid),
            ]);
            return owner.Audit.AppendAsync(db, [owner.Audit.Draft("imported", "device_import", null, null, null, after)], cancellationToken);
        }

        private DeviceRecord? Validate(SourceRow row)
        {
            if (row.Error is { } error)
            {
                Fail(error);
                return null;
            }

            var before = errors.Count;
            var record = DeviceRowValidator.Validate(row.Row, row.Values!, request.Facility, errors);
            if (record is null)
            {
                CountFailure(row.Row, errors.Count - before);
                return null;
            }

            var (key, column, what) = record.AssetTag is { } tag
                ? (ImportKeys.AssetTag(record.Facility, tag), DeviceColumn.AssetTag, $"asset tag '{tag}' in facility '{record.Facility}'")
                : (ImportKeys.Serial(ManufacturerName.Normalize(record.Manufacturer), record.SerialNumber!), DeviceColumn.SerialNumber, $"serial number '{record.SerialNumber}' of '{record.Manufacturer}'");
            if (!firstRowOfKey.TryAdd(key, record.Row))
            {
                Fail(DeviceRowValidator.Error(record.Row, column, $"duplicate {what}: already on row {firstRowOfKey[key]}"));
                return null;
            }

            return record;
        }

        private void Fail(ImportError error)
        {
            errors.Add(error);
            CountFailure(error.Row, 1);
        }

        private void CountFailure(int row, int errorCount)
        {
            if (errorCount > 0 && row != lastFailedRow)
            {
                FailedRows++;
                lastFailedRow = row;
            }
        }

        private async Task FlushAsync(List<DeviceRecord> batch, CancellationToken cancellationToken)
        {
            if (batch.Count == 0)
            {
                return;
            }

            // The connection is free again only once the previous batch's write has finished.
            await pendingWrite.ConfigureAwait(false);
            var tags = batch.Where(r => r.AssetTag is not null).Select(r => r.AssetTag!).Distinct(StringComparer.Ordinal).ToList();
            var serials = batch.Where(r => r.AssetTag is null).Select(r => r.SerialNumber!).Distinct(StringComparer.Ordinal).ToList();
            if (emptyAtStart)
            {
                tags.Clear();
                serials.Clear();
            }

            var byTag = (await store.FindByAssetTagsAsync(tags, cancellationToken).ConfigureAwait(false))
                .GroupBy(d => (d.FacilityId, d.AssetTag!)).ToDictionary(g => g.Key, g => g.First());
            var bySerial = (await store.FindBySerialsAsync(serials, cancellationToken).ConfigureAwait(false))
                .GroupBy(x => (x.ManufacturerId, x.Device.SerialNumber!)).ToDictionary(g => g.Key, g => g.OrderBy(x => x.Device.CreatedAt).First().Device);

            var inserts = new List<Device>();
            var updates = new List<Device>();
            var changed = new List<(Device Before, Device After)>();
            var resolved = new List<(DeviceRecord Record, ResolvedReferences Ids)>(batch.Count);
            foreach (var record in batch)
            {
                // Resolve first with no location to find the facility and manufacturer, then with the device's location.
                var before = errors.Count;
                var ids = references.Resolve(record, null, NoLocationColumns, errors);
                if (ids is null)
                {
                    CountFailure(record.Row, errors.Count - before);
                    continue;
                }

                resolved.Add((record, ids.Value));
            }

            foreach (var (record, ids) in resolved)
            {
                var existing = record.AssetTag is { } tag
                    ? byTag.GetValueOrDefault((ids.FacilityId, tag))
                    : bySerial.GetValueOrDefault((ids.ManufacturerId, record.SerialNumber!));
                var final = references.Resolve(record, references.Location(existing?.LocationId), source.Present, errors)!.Value;
                var device = Apply(existing, record, final);
                if (existing is null)
                {
                    inserts.Add(device);
                    counts.Created++;
                }
                else if (Same(existing, device))
                {
                    counts.Unchanged++;
                }
                else
                {
                    device.UpdatedAt = now;
                    updates.Add(device);
                    changed.Add((existing, device));
                    counts.Updated++;
                }
            }

            if (!Writing)
            {
                return;
            }

            await references.SaveAsync(cancellationToken).ConfigureAwait(false);

            // Written on a worker thread so that parsing the next batch (client CPU) overlaps the database's work.
            pendingWrite = Task.Run(
                async () =>
                {
                    await store.InsertAsync(inserts, cancellationToken).ConfigureAwait(false);
                    await store.UpdateAsync(updates, cancellationToken).ConfigureAwait(false);
                    await audit.WriteBatchAsync(inserts, changed, cancellationToken).ConfigureAwait(false);
                },
                cancellationToken);
        }

        private static readonly bool[] NoLocationColumns = new bool[DeviceColumns.Count];

        /// <summary>The device as the row describes it; columns the file lacks keep the existing values.</summary>
        private Device Apply(Device? existing, DeviceRecord r, ResolvedReferences ids)
        {
            var present = source.Present;
            bool Has(DeviceColumn column) => present[(int)column];
            var d = existing is null
                ? new Device { CreatedAt = now, UpdatedAt = now }
                : new Device
                {
                    Id = existing.Id,
                    AssetTag = existing.AssetTag,
                    SerialNumber = existing.SerialNumber,
                    SoftwareVersion = existing.SoftwareVersion,
                    IpAddress = existing.IpAddress,
                    MacAddress = existing.MacAddress,
                    Hostname = existing.Hostname,
                    NetworkSegmentId = existing.NetworkSegmentId,
                    ClinicalCriticality = existing.ClinicalCriticality,
                    PatientConnected = existing.PatientConnected,
                    StoresPhi = existing.StoresPhi,
                    InService = existing.InService,
                    CmmsId = existing.CmmsId,
                    UdiDi = existing.UdiDi,
                    EndOfSupport = existing.EndOfSupport,
                    LastSeen = existing.LastSeen,
                    CreatedAt = existing.CreatedAt,
                    UpdatedAt = existing.UpdatedAt,
                };
            d.OrganizationId = ids.OrganizationId;
            d.FacilityId = ids.FacilityId;
            d.DeviceModelId = ids.DeviceModelId;
            d.LocationId = ids.LocationId;
            if (Has(DeviceColumn.AssetTag) || existing is null)
            {
                d.AssetTag = r.AssetTag;
            }

            if (Has(DeviceColumn.SerialNumber) || existing is null)
            {
                d.SerialNumber = r.SerialNumber;
            }

            if (Has(DeviceColumn.SoftwareVersion))
            {
                d.SoftwareVersion = r.SoftwareVersion;
            }

            if (Has(DeviceColumn.IpAddress))
            {
                d.IpAddress = r.IpAddress;
            }

            if (Has(DeviceColumn.MacAddress))
            {
                d.MacAddress = r.MacAddress;
            }

            if (Has(DeviceColumn.Hostname))
            {
                d.Hostname = r.Hostname;
            }

            if (Has(DeviceColumn.NetworkSegment))
            {
                d.NetworkSegmentId = ids.NetworkSegmentId;
            }

            if (Has(DeviceColumn.ClinicalCriticality))
            {
                d.ClinicalCriticality = r.ClinicalCriticality;
            }

            if (Has(DeviceColumn.PatientConnected))
            {
                d.PatientConnected = r.PatientConnected;
            }

            if (Has(DeviceColumn.StoresPhi))
            {
                d.StoresPhi = r.StoresPhi;
            }

            if (Has(DeviceColumn.InService))
            {
                d.InService = r.InService;
            }

            if (Has(DeviceColumn.CmmsId))
            {
                d.CmmsId = r.CmmsId;
            }

            if (Has(DeviceColumn.UdiDi))
            {
                d.UdiDi = r.UdiDi;
            }

            if (Has(DeviceColumn.EndOfSupport))
            {
                d.EndOfSupport = r.EndOfSupport;
            }

            return d;
        }

        private static bool Same(Device a, Device b) =>
            a.OrganizationId == b.OrganizationId && a.FacilityId == b.FacilityId && a.LocationId == b.LocationId &&
            a.DeviceModelId == b.DeviceModelId && a.AssetTag == b.AssetTag && a.SerialNumber == b.SerialNumber &&
            a.SoftwareVersion == b.SoftwareVersion && a.IpAddress == b.IpAddress && a.MacAddress == b.MacAddress &&
            a.Hostname == b.Hostname && a.NetworkSegmentId == b.NetworkSegmentId && a.ClinicalCriticality == b.ClinicalCriticality &&
            a.PatientConnected == b.PatientConnected && a.StoresPhi == b.StoresPhi && a.InService == b.InService &&
            a.CmmsId == b.CmmsId && a.UdiDi == b.UdiDi && a.EndOfSupport == b.EndOfSupport;
    }
}
