using MedPatch.Composition;
using MedPatch.Data;
using MedPatch.Features.Database;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Cli;

/// <summary>Opens the services of one command-line verb on the chosen database, checking its schema first.</summary>
public static class CliServices
{
    public enum Schema
    {
        /// <summary>Read-only verbs: a database without the current schema is an error telling what to run.</summary>
        MustBeCurrent,

        /// <summary>Verbs that write (imports) bring the schema up to date first, as serve and demo do.</summary>
        Migrate,
    }

    public static async Task<ServiceProvider> OpenAsync(DatabaseSettings settings, Schema schema, CancellationToken cancellationToken)
    {
        var services = ServiceCollectionExtensions.BuildCliServices(settings);
        try
        {
            if (schema == Schema.Migrate)
            {
                await DatabaseMigrator.MigrateAsync(services, cancellationToken).ConfigureAwait(false);
                return services;
            }

            var pending = (await DatabaseMigrator.PendingAsync(settings, cancellationToken).ConfigureAwait(false)).Count;
            if (pending > 0)
            {
                throw new CliException($"the database ({settings.Provider}) has no MedPatch schema or an older one ({pending} migration(s) pending): run `medpatch db migrate`");
            }

            return services;
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
