using MedPatch.Features.Auditing;
using MedPatch.Features.Devices;
using MedPatch.Features.Exposures;
using MedPatch.Features.Facilities;
using MedPatch.Features.Intelligence.Api;
using MedPatch.Features.Manufacturers;
using MedPatch.Features.Mitigations;
using MedPatch.Features.Models;
using MedPatch.Features.Ranking;
using MedPatch.Features.Segments;
using MedPatch.Features.Triage;
using MedPatch.Features.Users;
using MedPatch.Web.Security;

namespace MedPatch.Web;

public static class WebSetup
{
    public static IServiceCollection AddMedPatchWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMedPatchHardening(configuration);
        services.AddMedPatchAuthentication(configuration);
        services.AddRazorPages(options => options.RootDirectory = "/Pages")
            // After the write-permission check (order 0), so a reader posting a form is still told "denied".
            .AddMvcOptions(options => options.Filters.Add<RequireMatchingHandlerFilter>(order: 1));
        services.AddProblemDetails();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "MedPatch API";
            document.Info.Version = "v1";
            document.Info.Description = "Medical-device inventory, vulnerability and patch management for hospitals.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower));
        });
        return services;
    }

    public static WebApplication UseMedPatchWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseMedPatchHardening();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMedPatchAuthentication();
        app.UseMedPatchAuditing();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapApiReference();
        app.MapHealthEndpoint();

        var api = app.MapGroup("/api/v1");
        api.MapDeviceEndpoints();
        api.MapModelEndpoints();
        api.MapManufacturerEndpoints();
        api.MapFacilityEndpoints();
        api.MapSegmentEndpoints();
        api.MapVulnerabilityEndpoints();
        api.MapAdvisoryEndpoints();
        api.MapExposureEndpoints();
        api.MapTriageEndpoints();
        api.MapRiskSettingsEndpoints();
        api.MapMitigationEndpoints();
        api.MapAuditEndpoints();
        api.MapTokenEndpoints();

        app.MapRazorPages();
        return app;
    }
}
