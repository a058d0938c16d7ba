using MedPatch.Composition;
using MedPatch.Data;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Features.Auditing;

/// <summary>The application's own services on a test database: the same composition the command line uses.</summary>
public sealed class AuditScope : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly AsyncServiceScope scope;

    public AuditScope(TestDatabase database)
    {
        services = ServiceCollectionExtensions.BuildCliServices(database.Settings);
        scope = services.CreateAsyncScope();
    }

    public IServiceProvider Services => scope.ServiceProvider;

    public MedPatchDbContext Db => Services.GetRequiredService<MedPatchDbContext>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await services.DisposeAsync();
    }
}
