using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedPatch.Features.Devices;

/// <summary><c>/api/v1/devices</c>: list with filter, sort and paging; get, create, update and delete one device.</summary>
public static class DeviceEndpoints
{
    public static RouteGroupBuilder MapDeviceEndpoints(this RouteGroupBuilder api)
    {
        var devices = api.MapGroup("/devices").WithTags("Devices");

        devices.MapGet("/", ListAsync)
            .WithName("ListDevices")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List devices with filter, sort and paging");

        devices.MapGet("/{id:guid}", GetAsync)
            .WithName("GetDevice")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("Get one device")
            .ProducesProblem(StatusCodes.Status404NotFound);

        devices.MapPost("/", CreateAsync)
            .WithName("CreateDevice")
            .RequirePermission(Permission.InventoryWrite)
            .WithSummary("Create a device")
            .ProducesProblem(StatusCodes.Status409Conflict);

        devices.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateDevice")
            .RequirePermission(Permission.InventoryWrite)
            .WithSummary("Replace a device's fields")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        devices.MapDelete("/{id:guid}", DeleteAsync)
            .WithName("DeleteDevice")
            .RequirePermission(Permission.InventoryWrite)
            .WithSummary("Delete a device")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Results<Ok<DeviceListResponse>, ValidationProblem>> ListAsync(
        [AsParameters] DeviceListParameters parameters, DeviceQueries queries, CancellationToken cancellationToken)
    {
        var errors = DeviceListValidation.Check(parameters.Sort, parameters.Support, parameters.Page, parameters.PageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await queries.ListAsync(
            parameters.ToFilter(), parameters.Sort, parameters.Page ?? 1, parameters.PageSize ?? DeviceListValidation.DefaultPageSize, cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(new DeviceListResponse(page.Items, page.Total, page.Page, page.PageSize));
    }

    private static async Task<Results<Ok<DeviceResponse>, ProblemHttpResult>> GetAsync(Guid id, DeviceDetailQuery details, CancellationToken cancellationToken)
    {
        var device = await details.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return device is null ? NotFound(id) : TypedResults.Ok(device);
    }

    private static async Task<Results<Created<DeviceResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        DeviceRequest request, SaveDevice save, DeviceDetailQuery details, CancellationToken cancellationToken)
    {
        var outcome = await save.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case SaveDeviceOutcome.Saved saved:
                var device = await details.GetAsync(saved.Id, cancellationToken).ConfigureAwait(false);
                return TypedResults.Created($"/api/v1/devices/{saved.Id}", device!);
            case SaveDeviceOutcome.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors);
            case SaveDeviceOutcome.Conflict conflict:
                return Conflict(conflict.Detail);
            default:
                throw new InvalidOperationException("creating a device cannot answer " + outcome.GetType().Name);
        }
    }

    private static async Task<Results<Ok<DeviceResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, DeviceRequest request, SaveDevice save, DeviceDetailQuery details, CancellationToken cancellationToken)
    {
        var outcome = await save.UpdateAsync(id, request, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            SaveDeviceOutcome.Saved saved => TypedResults.Ok((await details.GetAsync(saved.Id, cancellationToken).ConfigureAwait(false))!),
            SaveDeviceOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            SaveDeviceOutcome.Conflict conflict => Conflict(conflict.Detail),
            _ => NotFound(id),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, SaveDevice save, CancellationToken cancellationToken) =>
        await save.DeleteAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound(id);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "Device not found", detail: $"no device has id {id}", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);
}
