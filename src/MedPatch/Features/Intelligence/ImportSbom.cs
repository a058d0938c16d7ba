using System.Text.Json;
using MedPatch.Core.Auditing;
using MedPatch.Core.Devices;
using MedPatch.Core.Intelligence;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Standards.Sbom;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using MedPatch.Features.Exposures;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Stores a CycloneDX or SPDX SBOM for a device model (and optionally one software version of it), with its
/// components, dependency graph and VEX statements, in one transaction. The same SBOM again changes nothing; a
/// different one for the same model and version becomes the current one: the previous one's components,
/// dependencies and VEX statements are removed, its document row is kept as history.
/// </summary>
public sealed class ImportSbom(MedPatchDbContext db, TimeProvider clock, AuditWriter audit)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <param name="model">"MANUFACTURER/MODEL": a manufacturer's name or alias, then the model's name.</param>
    /// <exception cref="SbomImportException">The model is unknown or the file is no readable SBOM.</exception>
    public async Task<SbomImportResult> RunAsync(string path, string model, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bytes = await CatalogFiles.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var (manufacturer, deviceModel) = await ResolveAsync(model, cancellationToken).ConfigureAwait(false);
        var result = await StoreAsync(path, bytes, manufacturer, deviceModel, version, cancellationToken).ConfigureAwait(false);
        if (!result.Unchanged)
        {
            // Committed: the model's devices are matched against their new components.
            await new ExposureUpdates(db, clock, audit).AfterSbomAsync(deviceModel.Id, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<SbomImportResult> StoreAsync(string path, byte[] bytes, Manufacturer manufacturer, DeviceModel deviceModel, string? version, CancellationToken cancellationToken)
    {
        var read = SbomReader.Read(bytes.AsMemory(), Path.GetFileName(path));
        if (read.Document is not { } document)
        {
            throw new SbomImportException($"{Path.GetFileName(path)}: not a readable SBOM: {string.Join("; ", read.Errors.Take(3))}");
        }

        version = string.IsNullOrWhiteSpace(version) ? null : version.Trim();
        var sha = CatalogFiles.Sha256(bytes);
        var format = document.Format == SbomFormat.Spdx ? "spdx" : "cyclonedx";
        var findings = read.Findings.Select(f => f.ToString()).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var current = await db.Sboms.Where(s => s.DeviceModelId == deviceModel.Id && s.ModelVersion == version && s.IsCurrent)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var counts = (Components: document.Components.Count, Dependencies: document.Dependencies.Sum(d => d.DependsOn.Count), Vex: 0);
            if (current.Count == 1 && current[0].Sha256 == sha)
            {
                return new SbomImportResult(Path.GetFileName(path), manufacturer.Name, deviceModel.Name, version, format, document.SpecVersion,
                    counts.Components, counts.Dependencies, 0, Unchanged: true, Replaced: false, findings);
            }

            foreach (var previous in current)
            {
                previous.IsCurrent = false;
                await db.SbomComponents.Where(c => c.SbomId == previous.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.SbomDependencies.Where(d => d.SbomId == previous.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.VexStatements.Where(v => v.SbomId == previous.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            var sbom = new DeviceSbom
            {
                DeviceModelId = deviceModel.Id,
                ModelVersion = version,
                Format = format,
                SpecVersion = document.SpecVersion,
                SerialNumber = document.SerialNumber,
                IsCurrent = true,
                Sha256 = sha,
                ImportedAt = now,
                Content = bytes,
            };
            db.Sboms.Add(sbom);
            foreach (var c in document.Components)
            {
                db.SbomComponents.Add(new DeviceSbomComponent
                {
                    SbomId = sbom.Id,
                    Ref = c.Ref,
                    Name = c.Name,
                    Version = c.Version,
                    Type = c.Type,
                    Purl = c.Purl,
                    Cpe = c.Cpe,
                    Supplier = c.Supplier,
                    HashesJson = c.Hashes.Count == 0 ? null : JsonSerializer.Serialize(c.Hashes.GroupBy(h => h.Algorithm, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value), Json),
                    PropertiesJson = c.Properties.Count == 0 ? null : JsonSerializer.Serialize(c.Properties.Select(p => new { p.Name, p.Value }), Json),
                });
            }

            foreach (var dependency in document.Dependencies)
            {
                foreach (var target in dependency.DependsOn.Distinct(StringComparer.Ordinal))
                {
                    db.SbomDependencies.Add(new DeviceSbomDependency { SbomId = sbom.Id, Ref = dependency.Ref, DependsOn = target });
                }
            }

            counts.Vex = await AddVexAsync(sbom, document, cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var after = AuditJson.Write(
            [
                new("file", Path.GetFileName(path)), new("manufacturer", manufacturer.Name), new("model", deviceModel.Name),
                new("model_version", version), new("format", format), new("spec_version", document.SpecVersion),
                new("components", counts.Components), new("dependencies", counts.Dependencies), new("vex_statements", counts.Vex),
                new("sha256", sha), new("replaced", current.Count > 0),
            ]);
            await audit.AppendAsync(db, [audit.Draft("sbom.imported", "sbom", sbom.Id.ToString("D"), null, null, after)], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new SbomImportResult(Path.GetFileName(path), manufacturer.Name, deviceModel.Name, version, format, document.SpecVersion,
                counts.Components, counts.Dependencies, counts.Vex, Unchanged: false, Replaced: current.Count > 0, findings);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    /// <summary>One row per statement and component it names; statements without an analysis are a plain listing, not VEX.</summary>
    private async Task<int> AddVexAsync(DeviceSbom sbom, SbomDocument document, CancellationToken cancellationToken)
    {
        var statements = document.VexStatements.Where(v => v.Status is not null).ToList();
        var cves = statements.Select(v => v.VulnerabilityId).Distinct(StringComparer.Ordinal).ToList();
        var known = cves.Count == 0
            ? []
            : await db.Vulnerabilities.AsNoTracking().Where(v => EF.Parameter(cves).Contains(v.CveId))
                .ToDictionaryAsync(v => v.CveId, v => v.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var count = 0;
        foreach (var v in statements)
        {
            var refs = v.AffectedRefs.Count == 0 ? [null] : v.AffectedRefs.Select(r => (string?)r);
            foreach (var reference in refs)
            {
                db.VexStatements.Add(new CatalogVexStatement
                {
                    Source = VexSource.Sbom,
                    SbomId = sbom.Id,
                    VulnerabilityId = known.TryGetValue(v.VulnerabilityId, out var id) ? id : null,
                    VulnerabilityRef = v.VulnerabilityId,
                    ProductRef = reference,
                    Status = Label(v.Status!.Value),
                    Justification = v.Justification,
                    Detail = v.Detail,
                });
                count++;
            }
        }

        return count;
    }

    private static string Label(VexStatus status) => status switch
    {
        VexStatus.Affected => "affected",
        VexStatus.NotAffected => "not_affected",
        VexStatus.Fixed => "fixed",
        _ => "under_investigation",
    };

    /// <summary>The manufacturer by name or alias (normalized), then its model by normalized name or model number.</summary>
    private async Task<(Manufacturer Manufacturer, DeviceModel Model)> ResolveAsync(string model, CancellationToken cancellationToken)
    {
        var slash = model.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == model.Length - 1)
        {
            throw new SbomImportException($"--model '{model}': expected MANUFACTURER/MODEL, e.g. \"GE HealthCare/CARESCAPE B450\"");
        }

        var manufacturerName = model[..slash].Trim();
        var modelName = model[(slash + 1)..].Trim();
        var key = ManufacturerName.Normalize(manufacturerName);
        var manufacturer = await db.Manufacturers.AsNoTracking().FirstOrDefaultAsync(m => m.NormalizedName == key, cancellationToken).ConfigureAwait(false)
            ?? await (from a in db.ManufacturerAliases.AsNoTracking()
                      join m in db.Manufacturers.AsNoTracking() on a.ManufacturerId equals m.Id
                      where a.NormalizedName == key
                      select m).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new SbomImportException($"unknown manufacturer '{manufacturerName}': add it (or an alias) to the catalog first");
        var modelKey = ModelName.Normalize(modelName);
        var models = await db.DeviceModels.AsNoTracking().Where(m => m.ManufacturerId == manufacturer.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var deviceModel = models.FirstOrDefault(m => m.NormalizedName == modelKey)
            ?? models.FirstOrDefault(m => m.ModelNumbers.Any(n => ModelName.Normalize(n) == modelKey))
            ?? throw new SbomImportException($"unknown model '{modelName}' of {manufacturer.Name}" +
                (models.Count == 0 ? ": the manufacturer has no models" : ": known models are " + string.Join(", ", models.Select(m => m.Name).Order(StringComparer.OrdinalIgnoreCase).Take(10))));
        return (manufacturer, deviceModel);
    }
}
