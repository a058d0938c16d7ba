using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedPatch.Features.Manufacturers;

public static class ManufacturerEndpoints
{
    public static RouteGroupBuilder MapManufacturerEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var manufacturers = api.MapGroup("/manufacturers").WithTags("Manufacturers");

        manufacturers.MapGet("/", ListAsync)
            .WithName("ListManufacturers")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List manufacturers with aliases, notification channels and model and device counts");
        manufacturers.MapGet("/{id:guid}", GetAsync)
            .WithName("GetManufacturer")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("Get one manufacturer")
            .ProducesProblem(StatusCodes.Status404NotFound);
        manufacturers.MapPost("/", CreateAsync)
            .WithName("CreateManufacturer")
            .RequirePermission(Permission.CatalogWrite)
            .WithSummary("Add a manufacturer with its aliases; a name or alias another manufacturer answers to is rejected");
        manufacturers.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateManufacturer")
            .RequirePermission(Permission.CatalogWrite)
            .WithSummary("Replace a manufacturer's name, PSIRT contact and website")
            .ProducesProblem(StatusCodes.Status404NotFound);
        manufacturers.MapPost("/{id:guid}/aliases", AddAliasAsync)
            .WithName("AddManufacturerAlias")
            .RequirePermission(Permission.CatalogWrite)
            .WithSummary("Add another name the manufacturer is written under")
            .ProducesProblem(StatusCodes.Status404NotFound);
        manufacturers.MapDelete("/{id:guid}/aliases/{alias}", RemoveAliasAsync)
            .WithName("RemoveManufacturerAlias")
            .RequirePermission(Permission.CatalogWrite)
            .WithSummary("Remove an alias, found by name ignoring case, punctuation and legal form")
            .ProducesProblem(StatusCodes.Status404NotFound);
        manufacturers.MapPost("/{id:guid}/channels", AddChannelAsync)
            .WithName("AddNotificationChannel")
            .RequirePermission(Permission.CatalogWrite)
            .WithSummary("Add a notification channel: a CSAF provider, RSS feed or security page URL, an email address or a postal address")
            .ProducesProblem(StatusCodes.Status404NotFound);
        manufacturers.MapDelete("/{id:guid}/channels/{channelId:guid}", RemoveChannelAsync)
            .WithName("RemoveNotificationChannel")
            .RequirePermission(Permission.CatalogWrite)
            .WithSummary("Remove a notification channel")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<List<ManufacturerListItem>>> ListAsync(ManufacturerQueries queries, CancellationToken cancellationToken)
    {
        var items = await queries.ListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(items.ToList());
    }

    private static async Task<Results<Ok<ManufacturerListItem>, ProblemHttpResult>> GetAsync(
        Guid id, ManufacturerQueries queries, CancellationToken cancellationToken)
    {
        var item = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return item is null ? NotFound(id) : TypedResults.Ok(item);
    }

    private static async Task<Results<Created<ManufacturerListItem>, ValidationProblem>> CreateAsync(
        CreateManufacturerRequest request, CreateManufacturer create, ManufacturerQueries queries, CancellationToken cancellationToken)
    {
        var result = await create.ExecuteAsync(
            new ManufacturerDetails(request.Name, request.PsirtContact, request.Website), request.Aliases, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return Invalid(result, "The manufacturer was not created");
        }

        var item = await queries.GetAsync(result.Id!.Value, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/manufacturers/{item!.Id}", item);
    }

    private static async Task<Results<Ok<ManufacturerListItem>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateManufacturerRequest request, UpdateManufacturer update, ManufacturerQueries queries, CancellationToken cancellationToken)
    {
        var result = await update.ExecuteAsync(id, new ManufacturerDetails(request.Name, request.PsirtContact, request.Website), cancellationToken)
            .ConfigureAwait(false);
        return await RespondAsync(id, result, "The manufacturer was not changed", queries, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<ManufacturerListItem>, ValidationProblem, ProblemHttpResult>> AddAliasAsync(
        Guid id, AddAliasRequest request, AddManufacturerAlias add, ManufacturerQueries queries, CancellationToken cancellationToken)
    {
        var result = await add.ExecuteAsync(id, request.Name, cancellationToken).ConfigureAwait(false);
        return await RespondAsync(id, result, "The alias was not added", queries, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAliasAsync(
        Guid id, string alias, RemoveManufacturerAlias remove, CancellationToken cancellationToken) =>
        await remove.ExecuteAsync(id, alias, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"Manufacturer {id} has no alias \"{alias}\".", statusCode: StatusCodes.Status404NotFound, title: "Alias not found");

    private static async Task<Results<Ok<ManufacturerListItem>, ValidationProblem, ProblemHttpResult>> AddChannelAsync(
        Guid id, AddChannelRequest request, AddNotificationChannel add, ManufacturerQueries queries, CancellationToken cancellationToken)
    {
        var result = await add.ExecuteAsync(id, request.Kind, request.Address, request.Notes, cancellationToken).ConfigureAwait(false);
        return await RespondAsync(id, result, "The channel was not added", queries, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveChannelAsync(
        Guid id, Guid channelId, RemoveNotificationChannel remove, CancellationToken cancellationToken) =>
        await remove.ExecuteAsync(id, channelId, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"Manufacturer {id} has no channel {channelId}.", statusCode: StatusCodes.Status404NotFound, title: "Channel not found");

    private static async Task<Results<Ok<ManufacturerListItem>, ValidationProblem, ProblemHttpResult>> RespondAsync(
        Guid id, ManufacturerEditResult result, string failure, ManufacturerQueries queries, CancellationToken cancellationToken)
    {
        if (!result.Found)
        {
            return NotFound(id);
        }

        if (!result.Succeeded)
        {
            return Invalid(result, failure);
        }

        var item = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(item!);
    }

    private static ValidationProblem Invalid(ManufacturerEditResult result, string title) =>
        TypedResults.ValidationProblem(result.Errors, title: title);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem($"No manufacturer has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Manufacturer not found");
}
