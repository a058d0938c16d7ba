using MedPatch.Core.Manufacturers;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Manufacturers;

/// <summary>Records one way a manufacturer announces vulnerabilities and patches.</summary>
public sealed class AddNotificationChannel(MedPatchDbContext db)
{
    public async Task<ManufacturerEditResult> ExecuteAsync(Guid id, string? kind, string? address, string? notes, CancellationToken cancellationToken)
    {
        if (!await db.Manufacturers.AnyAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false))
        {
            return ManufacturerEditResult.NotFound;
        }

        var errors = ManufacturerRules.ChannelErrors(kind, address, notes, out var channelKind);
        if (errors.Count > 0)
        {
            return ManufacturerEditResult.Invalid(errors);
        }

        var clean = address!.Trim();
        var duplicate = await db.NotificationChannels
            .AnyAsync(c => c.ManufacturerId == id && c.Kind == channelKind && c.Address == clean, cancellationToken).ConfigureAwait(false);
        if (duplicate)
        {
            return ManufacturerEditResult.Invalid("address", "This manufacturer already has this channel.");
        }

        var channel = new NotificationChannel { ManufacturerId = id, Kind = channelKind, Address = clean, Notes = ManufacturerRules.Clean(notes) };
        db.NotificationChannels.Add(channel);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ManufacturerEditResult.Done(channel.Id);
    }
}
