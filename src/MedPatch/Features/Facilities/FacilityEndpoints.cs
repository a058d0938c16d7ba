using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedPatch.Features.Facilities;

/// <summary><c>/api/v1/facilities</c>: the hospitals and sites devices belong to.</summary>
public static class FacilityEndpoints
{
    public static RouteGroupBuilder MapFacilityEndpoints(this RouteGroupBuilder api)
    {
        var facilities = api.MapGroup("/facilities").WithTags("Facilities");

        facilities.MapGet("/", ListAsync)
            .WithName("ListFacilities")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List facilities with their device counts");

        facilities.MapGet("/{id:guid}", GetAsync)
            .WithName("GetFacility")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("Get one facility")
            .ProducesProblem(StatusCodes.Status404NotFound);

        facilities.MapPost("/", CreateAsync)
            .WithName("CreateFacility")
            .RequirePermission(Permission.InventoryWrite)
            .WithSummary("Create a facility in the health system")
            .ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    private static async Task<Ok<IReadOnlyList<FacilityListItem>>> ListAsync(FacilityService facilities, CancellationToken cancellationToken) =>
        TypedResults.Ok(await facilities.ListAsync(cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<FacilityListItem>, ProblemHttpResult>> GetAsync(Guid id, FacilityService facilities, CancellationToken cancellationToken)
    {
        var facility = await facilities.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return facility is null
            ? TypedResults.Problem(title: "Facility not found", detail: $"no facility has id {id}", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(facility);
    }

    private static async Task<Results<Created<FacilityListItem>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        FacilityRequest request, FacilityService facilities, CancellationToken cancellationToken)
    {
        var outcome = await facilities.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            FacilityCreateOutcome.Created created => TypedResults.Created($"/api/v1/facilities/{created.Facility.Id}", created.Facility),
            FacilityCreateOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            FacilityCreateOutcome.Conflict conflict => TypedResults.Problem(title: "Conflict", detail: conflict.Detail, statusCode: StatusCodes.Status409Conflict),
            _ => throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name),
        };
    }
}
