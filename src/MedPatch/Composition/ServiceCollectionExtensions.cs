using MedPatch.Core.Security;
using MedPatch.Data;
using MedPatch.Features.Auditing;
using MedPatch.Features.Demo;
using MedPatch.Features.Devices;
using MedPatch.Features.Manufacturers;
using MedPatch.Features.Models;
using MedPatch.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Composition;

/// <summary>The one composition root shared by the command line and the web host.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddMedPatch(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        // The command line works as the operator; the web host narrows the scope per request after sign-in.
        services.AddScoped(_ => TenantScope.Unrestricted());
        services.AddDbContext<MedPatchDbContext>(options => DatabaseSetup.Configure(options, database));
        services.AddMedPatchAuditing();
        services.AddMedPatchUsers();
        services.AddScoped<DeviceQueries>();
        services.AddScoped<DeviceDetailQuery>();
        services.AddScoped<SaveDevice>();
        services.AddScoped<MedPatch.Features.Facilities.FacilityService>();
        services.AddScoped<ModelQueries>();
        services.AddScoped<ManufacturerQueries>();
        services.AddScoped<UpdateModel>();
        services.AddScoped<CreateManufacturer>();
        services.AddScoped<UpdateManufacturer>();
        services.AddScoped<AddManufacturerAlias>();
        services.AddScoped<RemoveManufacturerAlias>();
        services.AddScoped<AddNotificationChannel>();
        services.AddScoped<RemoveNotificationChannel>();
        services.AddScoped<MedPatch.Features.Segments.SegmentQueries>();
        services.AddScoped<MedPatch.Features.Segments.SetSegmentExposure>();
        services.AddScoped<MedPatch.Features.Dashboard.DashboardQueries>();
        services.AddScoped<MedPatch.Features.Dashboard.ExposureTileQueries>();
        services.AddScoped<MedPatch.Features.Intelligence.Api.VendorNames>();
        services.AddScoped<MedPatch.Features.Intelligence.Api.VulnerabilityQueries>();
        services.AddScoped<MedPatch.Features.Intelligence.Api.AdvisoryQueries>();
        services.AddScoped<MedPatch.Features.Exposures.ExposureQueries>();
        services.AddScoped<MedPatch.Features.Exposures.ExposureLookups>();
        services.AddScoped<MedPatch.Features.Exposures.ExposureUpdates>();
        services.AddScoped<MedPatch.Features.Triage.TriageQueries>();
        services.AddScoped<MedPatch.Features.Triage.TriageExposures>();
        services.AddScoped<MedPatch.Features.Ranking.RiskSettingsEditor>();
        services.AddScoped<MedPatch.Features.Mitigations.MitigationQueries>();
        services.AddScoped<MedPatch.Features.Mitigations.MitigationEditor>();
        services.AddScoped<ImportDevices>();
        services.AddScoped<ExportDevices>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoUsers>();
        return services;
    }

    /// <summary>A plain service provider for command-line verbs: no web server, no background jobs.</summary>
    public static ServiceProvider BuildCliServices(DatabaseSettings database)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddMedPatch(database);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
