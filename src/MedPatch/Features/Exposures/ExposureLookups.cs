using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Exposures;

/// <summary>
/// The exposures of one device and the devices of one CVE, both read through <see cref="ExposureQueries"/> so the API
/// and the command line agree on scope, order and labels. Null means the device or CVE is not there for the caller.
/// </summary>
public sealed class ExposureLookups(MedPatchDbContext db, ExposureQueries queries)
{
    public async Task<DeviceExposures?> DeviceAsync(Guid id, CancellationToken cancellationToken)
    {
        // The device's own query filter decides visibility: a device of another facility is as unknown as a missing one.
        var device = await db.Devices.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.AssetTag }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (device is null)
        {
            return null;
        }

        var items = await queries.ListAsync(new ExposureFilter(DeviceId: id), int.MaxValue, cancellationToken).ConfigureAwait(false);
        return new DeviceExposures(id, device.AssetTag, items);
    }

    /// <param name="cve">A CVE id already in canonical form.</param>
    public async Task<VulnerabilityDevices?> VulnerabilityAsync(string cve, CancellationToken cancellationToken)
    {
        if (!await db.Vulnerabilities.AsNoTracking().AnyAsync(v => v.CveId == cve, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var exposures = await queries.ListAsync(new ExposureFilter(Cve: cve), int.MaxValue, cancellationToken).ConfigureAwait(false);
        var items = exposures
            .OrderBy(e => e.Facility, StringComparer.Ordinal).ThenBy(e => e.Manufacturer, StringComparer.Ordinal).ThenBy(e => e.Model, StringComparer.Ordinal)
            .ThenBy(e => e.AssetTag, StringComparer.Ordinal)
            .Select(e => new VulnerabilityDevice(e.Facility, e.Manufacturer, e.Model, e.AssetTag, e.SoftwareVersion, e.State, e.Confidence, e.Decision, e.Priority, e.Status))
            .ToList();
        var groups = items
            .GroupBy(d => (d.Facility, d.Manufacturer, d.Model))
            .Select(g => new VulnerabilityDeviceGroup(g.Key.Facility, g.Key.Manufacturer, g.Key.Model, g.Count()))
            .ToList();
        return new VulnerabilityDevices(cve, items.Count, groups, items);
    }
}
