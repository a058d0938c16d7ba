using System.Data.Common;
using MedPatch.Core.Auditing;
using MedPatch.Core.Devices;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MedPatch.Features.Auditing;

/// <summary>
/// Audits the device import, which writes devices with raw SQL past EF Core: one record per created device (its
/// fields), one per updated device (the changed fields before and after), and one for the import itself. The
/// per-device records are written beside each batch's rows on the import's connection and transaction, on the
/// import's worker thread, so they must not touch the DbContext: the fields and column names are read from the
/// model once, up front.
/// </summary>
public sealed class DeviceImportAudit
{
    private readonly AuditWriter writer;
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly IReadOnlyList<IProperty> properties;
    private readonly string[] names;

    public DeviceImportAudit(MedPatchDbContext db, AuditWriter writer)
    {
        ArgumentNullException.ThrowIfNull(db);
        this.writer = writer;
        connection = db.Database.GetDbConnection();
        transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("the import is audited inside its transaction");
        properties = db.Model.FindEntityType(typeof(Device))!.GetProperties().Where(p => !p.IsShadowProperty()).ToList();
        names = properties.Select(p => p.GetColumnName()).ToArray();
    }

    public const string EntityType = "device";

    /// <summary>Writes the records of one batch: created devices, then updated ones with what changed.</summary>
    public Task WriteBatchAsync(IReadOnlyList<Device> created, IReadOnlyList<(Device Before, Device After)> updated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(created);
        ArgumentNullException.ThrowIfNull(updated);
        var records = new List<AuditRecord>(created.Count + updated.Count);
        foreach (var device in created)
        {
            // Empty fields are left out of a creation: the record stays small on imports of a whole inventory.
            var after = AuditJson.Write(names.Select((name, i) => new KeyValuePair<string, object?>(name, Value(i, device))).Where(f => f.Value is not null));
            records.Add(writer.Draft("created", EntityType, device.Id.ToString("D"), device.OrganizationId, null, after));
        }

        foreach (var (before, after) in updated)
        {
            var (was, now) = AuditJson.Diff(names, Values(before), Values(after));
            if (now is not null)
            {
                records.Add(writer.Draft("updated", EntityType, after.Id.ToString("D"), after.OrganizationId, was, now));
            }
        }

        return AuditWriter.AppendAsync(connection, transaction, records, cancellationToken);
    }

    private object?[] Values(Device device) => properties.Select((_, i) => Value(i, device)).ToArray();

    private object? Value(int index, Device device) => properties[index].GetGetter().GetClrValueUsingContainingEntity(device);
}
