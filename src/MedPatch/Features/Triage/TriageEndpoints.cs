using System.Security.Claims;
using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedPatch.Features.Triage;

/// <summary>
/// The triage queue and its actions over HTTP: <c>GET /api/v1/triage</c>, <c>POST /api/v1/triage</c> (many exposures,
/// one decision) and <c>POST /api/v1/exposures/{id}/triage</c> (one).
/// </summary>
public static class TriageEndpoints
{
    public static RouteGroupBuilder MapTriageEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);

        api.MapGet("/triage", ListAsync)
            .WithName("ListTriageQueue")
            .WithTags("Triage")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List the triage queue: open low- and medium-confidence matches, most urgent first, by facility, manufacturer, CVE or confidence, with paging");

        api.MapPost("/triage", BulkAsync)
            .WithName("TriageExposures")
            .WithTags("Triage")
            .RequirePermission(Permission.ExposureTriage)
            .WithSummary("Confirm, reject (false_positive, not_applicable) or reopen many exposures with one reason; all change or none")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/exposures/{id:guid}/triage", OneAsync)
            .WithName("TriageExposure")
            .WithTags("Triage")
            .RequirePermission(Permission.ExposureTriage)
            .WithSummary("Confirm, reject (false_positive, not_applicable) or reopen one exposure, with a reason")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Results<Ok<TriagePage>, ValidationProblem>> ListAsync(
        [AsParameters] TriageListParameters parameters, TriageQueries queries, CancellationToken cancellationToken)
    {
        var (filter, errors) = parameters.Check();
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await queries.PageAsync(
            filter, parameters.Page ?? 1, parameters.PageSize ?? TriageListParameters.DefaultPageSize, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<TriageItem>, ValidationProblem, ProblemHttpResult>> OneAsync(
        Guid id, TriageRequest request, TriageExposures triage, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var outcome = await triage.ExecuteAsync([id], request.Action, request.Reason, TriageActor.Of(user), cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            TriageOutcome.Triaged triaged => TypedResults.Ok(triaged.Items[0]),
            TriageOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "The exposure was not triaged"),
            TriageOutcome.NotFound => TypedResults.Problem($"No exposure has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Exposure not found"),
            _ => throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name),
        };
    }

    private static async Task<Results<Ok<BulkTriageResult>, ValidationProblem, ProblemHttpResult>> BulkAsync(
        BulkTriageRequest request, TriageExposures triage, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var outcome = await triage.ExecuteAsync(request.ExposureIds, request.Action, request.Reason, TriageActor.Of(user), cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            TriageOutcome.Triaged triaged => TypedResults.Ok(new BulkTriageResult(TriageActions.Name(triaged.Action), triaged.Items.Count, triaged.Items)),
            TriageOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "No exposure was triaged"),
            TriageOutcome.NotFound missing => TypedResults.Problem(
                $"No exposure has the id {string.Join(", ", missing.Ids)}; none was triaged.", statusCode: StatusCodes.Status404NotFound, title: "Exposure not found"),
            _ => throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name),
        };
    }
}
