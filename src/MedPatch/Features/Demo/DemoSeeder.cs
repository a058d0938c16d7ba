using MedPatch.Core.Demo;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Demo;

/// <summary>Seeds the generated demo health system into an empty inventory, in one transaction.</summary>
public sealed class DemoSeeder(MedPatchDbContext db, TimeProvider clock)
{
    // Large enough to amortise round trips, small enough that the change tracker stays cheap between saves.
    private const int BatchSize = 2_000;

    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken, int deviceCount = DemoGenerator.DefaultDeviceCount)
    {
        // Only an empty inventory is seeded: mixing demo rows into real data, or into a catalog someone curated,
        // would make both untrustworthy (and clash on unique names).
        var existingDevices = await db.Devices.CountAsync(cancellationToken).ConfigureAwait(false);
        if (existingDevices > 0 || await db.Manufacturers.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return DemoSeedResult.LeftAlone(existingDevices);
        }

        var started = clock.GetTimestamp();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var demo = DemoGenerator.Generate(today, deviceCount);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            db.Add(demo.Organization);
            db.AddRange(demo.Facilities);
            db.AddRange(demo.Locations);
            db.AddRange(demo.Segments);
            db.AddRange(demo.Manufacturers);
            db.AddRange(demo.Models);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();

            foreach (var batch in demo.Devices.Chunk(BatchSize))
            {
                db.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return new DemoSeedResult(
            true, demo.Facilities.Count, demo.Manufacturers.Count, demo.Models.Count, demo.Devices.Count, demo.UnsupportedDevices,
            clock.GetElapsedTime(started));
    }
}
