using MedPatch.Core.Auditing;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Features.Auditing;

public sealed class AuditConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Parallel_writers_keep_one_gapless_valid_chain(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        const int writers = 4;
        const int writesEach = 15;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(
            async () =>
            {
                await using var scope = new AuditScope(database);
                for (var i = 0; i < writesEach; i++)
                {
                    scope.Db.Organizations.Add(new MedPatch.Core.Organizations.Organization { Name = $"Writer {w} org {i}" });
                    await scope.Db.SaveChangesAsync(Ct);
                }
            },
            Ct)));

        await using var db = database.NewContext();
        var records = await db.AuditRecords.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(Ct);
        Assert.Equal(writers * writesEach, records.Count);
        Assert.Equal(Enumerable.Range(1, writers * writesEach).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.Null(AuditChain.FirstBreak(records));
    }
}
