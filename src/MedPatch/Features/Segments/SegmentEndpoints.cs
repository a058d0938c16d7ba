using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedPatch.Features.Segments;

/// <summary><c>/api/v1/segments</c>: network segments and their SSVC System Exposure.</summary>
public static class SegmentEndpoints
{
    public static RouteGroupBuilder MapSegmentEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var segments = api.MapGroup("/segments").WithTags("Network segments");

        segments.MapGet("/", ListAsync)
            .WithName("ListSegments")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List network segments with VLAN, CIDR, device count and System Exposure (unset, small, controlled, open)");

        segments.MapPut("/{id:guid}/exposure", SetExposureAsync)
            .WithName("SetSegmentExposure")
            .RequirePermission(Permission.InventoryWrite)
            .WithSummary("Set a segment's SSVC System Exposure: small, controlled or open")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Ok<IReadOnlyList<SegmentListItem>>> ListAsync(SegmentQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListAsync(cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<SegmentListItem>, ValidationProblem, ProblemHttpResult>> SetExposureAsync(
        Guid id, SegmentExposureRequest request, SetSegmentExposure set, CancellationToken cancellationToken)
    {
        var outcome = await set.ExecuteAsync(id, request.Exposure, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            SetSegmentExposureOutcome.SegmentExposureChanged changed => TypedResults.Ok(changed.Segment),
            SetSegmentExposureOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "The exposure was not changed"),
            SetSegmentExposureOutcome.NotFound => TypedResults.Problem(
                $"No network segment has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Segment not found"),
            _ => throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name),
        };
    }
}
