using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Features.Models;

public static class ModelEndpoints
{
    public static RouteGroupBuilder MapModelEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var models = api.MapGroup("/models").WithTags("Models");

        models.MapGet("/", ListAsync)
            .WithName("ListModels")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List device models, optionally of one manufacturer (any alias) and one device type");

        models.MapGet("/{id:guid}", GetAsync)
            .WithName("GetModel")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("Get one device model with its support lifecycle and patch policy")
            .ProducesProblem(StatusCodes.Status404NotFound);

        models.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateModel")
            .RequirePermission(Permission.CatalogWrite)
            .WithSummary("Replace a model's support dates, device type, clinical function, model numbers and patch policy")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Ok<List<ModelListItem>>> ListAsync(
        ModelQueries queries, string? manufacturer, [FromQuery(Name = "device_type")] string? deviceType, CancellationToken cancellationToken)
    {
        var items = await queries.ListAsync(manufacturer, deviceType, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(items.ToList());
    }

    private static async Task<Results<Ok<ModelListItem>, ProblemHttpResult>> GetAsync(
        Guid id, ModelQueries queries, CancellationToken cancellationToken)
    {
        var item = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return item is null ? NotFound(id) : TypedResults.Ok(item);
    }

    private static async Task<Results<Ok<ModelListItem>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateModelRequest request, UpdateModel update, ModelQueries queries, CancellationToken cancellationToken)
    {
        var result = await update.ExecuteAsync(id, request.ToChanges(), cancellationToken).ConfigureAwait(false);
        if (!result.Found)
        {
            return NotFound(id);
        }

        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors, title: "The model was not changed");
        }

        var item = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(item!);
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem($"No device model has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Model not found");
}
