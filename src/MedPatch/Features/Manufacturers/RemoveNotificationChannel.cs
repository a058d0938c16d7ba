using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Manufacturers;

public sealed class RemoveNotificationChannel(MedPatchDbContext db)
{
    /// <returns>False when the manufacturer has no channel with that id.</returns>
    public async Task<bool> ExecuteAsync(Guid id, Guid channelId, CancellationToken cancellationToken) =>
        await db.NotificationChannels
            .Where(c => c.ManufacturerId == id && c.Id == channelId)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
}
