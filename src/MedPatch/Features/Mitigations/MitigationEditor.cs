using System.Globalization;
using MedPatch.Core.Mitigations;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using MedPatch.Features.Exposures;
using MedPatch.Features.Intelligence.Api;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Mitigations;

/// <summary>
/// Records, verifies and ends mitigations for the command line, the API and the mitigations page. Saves go through
/// the context, so the audit trail records each change with its actor; once committed, the exposures of the
/// mitigation's devices are re-ranked, since a control that counts lowers their System Exposure.
/// </summary>
public sealed class MitigationEditor(MedPatchDbContext db, MitigationQueries queries, AuditContext audit, TimeProvider clock, ExposureUpdates updates)
{
    public const int MaxDescription = 2000;
    public const int MaxName = 256;

    public async Task<MitigationOutcome> AddAsync(NewMitigation request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!MitigationValues.TryParseKind(request.Kind, out var kind))
        {
            errors["kind"] = [$"must be one of {MitigationValues.KindNames}"];
        }

        if (!MitigationValues.TryParseEffect(request.Effect, out var effect))
        {
            errors["effect"] = [$"must be one of {MitigationValues.EffectNames}"];
        }

        var description = request.Description?.Trim();
        if (string.IsNullOrEmpty(description))
        {
            errors["description"] = ["is required: say what was done and where, so that someone can check it"];
        }
        else if (description.Length > MaxDescription)
        {
            errors["description"] = [$"must be at most {MaxDescription} characters"];
        }

        string? cve = null;
        if (!string.IsNullOrWhiteSpace(request.Cve) && (cve = CveIds.Normalize(request.Cve)) is null)
        {
            errors["cve"] = [IntelligenceListValidation.NotACveId];
        }

        var today = Today();
        var reviewBy = ReviewDate(request.ReviewBy, today, errors);
        var verifiedBy = Name(request.VerifiedBy, "verified_by", errors);
        var devices = await DevicesAsync(request, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return new MitigationOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var mitigation = new Mitigation
        {
            OrganizationId = devices[0].OrganizationId,
            Kind = kind,
            Effect = effect,
            Description = description!,
            Cve = cve,
            ReviewBy = reviewBy,
            VerifiedBy = verifiedBy,
            VerifiedAt = verifiedBy is null ? null : now,
            CreatedBy = audit.Actor,
            CreatedAt = now,
        };
        mitigation.Devices.AddRange(devices.Select(d => new MitigationDevice { MitigationId = mitigation.Id, DeviceId = d.Id, OrganizationId = d.OrganizationId }));
        db.Mitigations.Add(mitigation);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await AfterAsync(mitigation, changed: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A person checked the control is in place: it counts from now until its review date.</summary>
    public async Task<MitigationOutcome> VerifyAsync(Guid id, VerifyMitigation request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mitigation = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (mitigation is null)
        {
            return new MitigationOutcome.NotFound();
        }

        if (!mitigation.Active)
        {
            return new MitigationOutcome.Conflict("the mitigation has ended; record a new one if the control is back in place");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var today = Today();
        var reviewBy = ReviewDate(request.ReviewBy, today, errors) ?? mitigation.ReviewBy;
        var verifiedBy = Name(request.VerifiedBy, "verified_by", errors) ?? audit.Actor;
        if (!errors.ContainsKey("review_by") && reviewBy is { } due && due < today)
        {
            errors["review_by"] = [$"the review date {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} has passed: give the next one"];
        }

        if (errors.Count > 0)
        {
            return new MitigationOutcome.Invalid(errors);
        }

        mitigation.VerifiedBy = verifiedBy.Length > MaxName ? verifiedBy[..MaxName] : verifiedBy;
        mitigation.VerifiedAt = clock.GetUtcNow().UtcDateTime;
        mitigation.ReviewBy = reviewBy;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await AfterAsync(mitigation, changed: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The control was removed: the mitigation stays on record but no longer counts.</summary>
    public async Task<MitigationOutcome> EndAsync(Guid id, CancellationToken cancellationToken)
    {
        var mitigation = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (mitigation is null)
        {
            return new MitigationOutcome.NotFound();
        }

        if (!mitigation.Active)
        {
            return await AfterAsync(mitigation, changed: false, cancellationToken).ConfigureAwait(false);
        }

        mitigation.Active = false;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await AfterAsync(mitigation, changed: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Only a mitigation the caller can list may be changed: one on at least one device they may see.</summary>
    private Task<Mitigation?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Mitigations.Include(m => m.Devices)
            .Where(m => m.Id == id && db.MitigationDevices.Any(md => md.MitigationId == m.Id && db.Devices.Any(d => d.Id == md.DeviceId)))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<MitigationOutcome> AfterAsync(Mitigation mitigation, bool changed, CancellationToken cancellationToken)
    {
        if (changed)
        {
            await updates.RerankAsync(new RerankScope.Devices([.. mitigation.Devices.Select(d => d.DeviceId)]), cancellationToken).ConfigureAwait(false);
        }

        var item = await queries.GetAsync(mitigation.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"mitigation {mitigation.Id} disappeared while it was saved");
        return new MitigationOutcome.Done(item, changed);
    }

    /// <summary>
    /// The devices named by id and by asset tag, all visible to the caller and of one organization. An asset tag is
    /// unique only within a facility, so one that names several devices must be given by id instead.
    /// </summary>
    private async Task<List<DeviceRef>> DevicesAsync(NewMitigation request, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, DeviceRef>();
        var idErrors = new List<string>();
        var ids = new List<Guid>();
        foreach (var text in request.DeviceIds ?? [])
        {
            if (Guid.TryParse(text?.Trim(), CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
            else
            {
                idErrors.Add($"'{text}' is not a device id");
            }
        }

        if (ids.Count > 0)
        {
            var rows = await db.Devices.AsNoTracking().Where(d => ids.Contains(d.Id))
                .Select(d => new DeviceRef(d.Id, d.OrganizationId, d.AssetTag)).ToListAsync(cancellationToken).ConfigureAwait(false);
            rows.ForEach(d => found[d.Id] = d);
            idErrors.AddRange(ids.Where(id => !found.ContainsKey(id)).Distinct().Select(id => $"no device {id} in your inventory"));
        }

        var tagErrors = new List<string>();
        var tags = (request.AssetTags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count > 0)
        {
            var rows = await (
                    from d in db.Devices.AsNoTracking()
                    where d.AssetTag != null && tags.Contains(d.AssetTag)
                    join f in db.Facilities on d.FacilityId equals f.Id
                    select new { Device = new DeviceRef(d.Id, d.OrganizationId, d.AssetTag), Facility = f.Name })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var tag in tags)
            {
                var matches = rows.Where(r => r.Device.AssetTag == tag).ToList();
                switch (matches.Count)
                {
                    case 0:
                        tagErrors.Add($"no device with asset tag '{tag}' in your inventory");
                        break;
                    case 1:
                        found[matches[0].Device.Id] = matches[0].Device;
                        break;
                    default:
                        tagErrors.Add($"asset tag '{tag}' names {matches.Count} devices ({string.Join(", ", matches.Select(m => m.Facility).Order(StringComparer.Ordinal))}): give them by device id");
                        break;
                }
            }
        }

        if (idErrors.Count > 0)
        {
            errors["device_ids"] = [.. idErrors];
        }

        if (tagErrors.Count > 0)
        {
            errors["asset_tags"] = [.. tagErrors];
        }

        if (idErrors.Count == 0 && tagErrors.Count == 0)
        {
            if (found.Count == 0)
            {
                errors["device_ids"] = ["name at least one device (device_ids or asset_tags)"];
            }
            else if (found.Values.Select(d => d.OrganizationId).Distinct().Count() > 1)
            {
                errors["device_ids"] = ["the devices belong to several organizations; a mitigation belongs to one"];
            }
        }

        return [.. found.Values.OrderBy(d => d.AssetTag, StringComparer.Ordinal)];
    }

    private static DateOnly? ReviewDate(string? text, DateOnly today, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors["review_by"] = ["must be a date as YYYY-MM-DD"];
            return null;
        }

        if (date < today)
        {
            errors["review_by"] = [$"must be today ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}) or later"];
            return null;
        }

        return date;
    }

    private static string? Name(string? text, string field, Dictionary<string, string[]> errors)
    {
        var name = text?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (name.Length > MaxName)
        {
            errors[field] = [$"must be at most {MaxName} characters"];
            return null;
        }

        return name;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private sealed record DeviceRef(Guid Id, Guid OrganizationId, string? AssetTag);
}
