using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Users;

/// <summary>
/// A database context without the tenant filter, for the Identity stores and the token handler only. Sign-in must
/// find a user by email before anyone knows the caller's organization, and the per-request scope starts as
/// "nothing", so those lookups cannot go through the request's filtered context.
/// </summary>
public sealed class OperatorContext(DbContextOptions<MedPatchDbContext> options) : IAsyncDisposable, IDisposable
{
    private MedPatchDbContext? db;

    public MedPatchDbContext Db => db ??= new MedPatchDbContext(options);

    public void Dispose() => db?.Dispose();

    public ValueTask DisposeAsync() => db?.DisposeAsync() ?? ValueTask.CompletedTask;
}
