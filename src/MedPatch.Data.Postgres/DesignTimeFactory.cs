using Microsoft.EntityFrameworkCore.Design;

namespace MedPatch.Data.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the model without booting the command line or the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MedPatchDbContext>
{
    public MedPatchDbContext CreateDbContext(string[] args) =>
        DatabaseSetup.CreateContext(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=medpatch;Username=medpatch"));
}
