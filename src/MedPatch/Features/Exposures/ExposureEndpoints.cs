using MedPatch.Core.Security;
using MedPatch.Features.Intelligence.Api;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedPatch.Features.Exposures;

/// <summary>
/// Stored exposures over HTTP: <c>/api/v1/exposures</c>, <c>/api/v1/devices/{id}/exposures</c> and
/// <c>/api/v1/vulnerabilities/{cve}/devices</c>. The last two hang under other groups' paths but live here, with the use case;
/// their extra segment keeps them clear of <c>/devices/{id}</c> and <c>/vulnerabilities/{cve}</c>.
/// </summary>
public static class ExposureEndpoints
{
    public static RouteGroupBuilder MapExposureEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);

        api.MapGet("/exposures", ListAsync)
            .WithName("ListExposures")
            .WithTags("Exposures")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List stored exposures, most urgent first, filtered by decision, device, CVE, confidence or unmitigated, with paging");

        api.MapGet("/devices/{id:guid}/exposures", DeviceAsync)
            .WithName("ListDeviceExposures")
            .WithTags("Exposures")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List one device's exposures, most urgent first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/vulnerabilities/{cve}/devices", VulnerabilityAsync)
            .WithName("ListVulnerabilityDevices")
            .WithTags("Exposures")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List the devices one CVE exposes, by facility and model")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Results<Ok<ExposurePage>, ValidationProblem>> ListAsync(
        [AsParameters] ExposureListParameters parameters, ExposureQueries queries, CancellationToken cancellationToken)
    {
        var (filter, errors) = parameters.Check();
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await queries.PageAsync(
            filter, parameters.Page ?? 1, parameters.PageSize ?? ExposureListParameters.DefaultPageSize, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<DeviceExposures>, ProblemHttpResult>> DeviceAsync(Guid id, ExposureLookups lookups, CancellationToken cancellationToken)
    {
        var exposures = await lookups.DeviceAsync(id, cancellationToken).ConfigureAwait(false);
        return exposures is null
            ? TypedResults.Problem(title: "Device not found", detail: $"no device has id {id}", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(exposures);
    }

    private static async Task<Results<Ok<VulnerabilityDevices>, ValidationProblem, ProblemHttpResult>> VulnerabilityAsync(
        string cve, ExposureLookups lookups, CancellationToken cancellationToken)
    {
        if (CveIds.Normalize(cve) is not { } id)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { ["cve"] = [IntelligenceListValidation.NotACveId] },
                title: "Not a CVE id");
        }

        var devices = await lookups.VulnerabilityAsync(id, cancellationToken).ConfigureAwait(false);
        return devices is null
            ? TypedResults.Problem($"No vulnerability {id} is in the catalog.", statusCode: StatusCodes.Status404NotFound, title: "Vulnerability not found")
            : TypedResults.Ok(devices);
    }
}
