using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedPatch.Features.Mitigations;

/// <summary><c>/api/v1/mitigations</c>: compensating controls on devices, who verified them and when they are due for review.</summary>
public static class MitigationEndpoints
{
    public static RouteGroupBuilder MapMitigationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var mitigations = api.MapGroup("/mitigations").WithTags("Mitigations");

        mitigations.MapGet("/", ListAsync)
            .WithName("ListMitigations")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List mitigations, active first, filtered by device (asset tag or id), cve or active")
            .ProducesValidationProblem();

        mitigations.MapGet("/{id:guid}", GetAsync)
            .WithName("GetMitigation")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("One mitigation with its devices, verification and review date")
            .ProducesProblem(StatusCodes.Status404NotFound);

        mitigations.MapPost("/", AddAsync)
            .WithName("AddMitigation")
            .RequirePermission(Permission.ExposureTriage)
            .WithSummary("Record a mitigation on devices (by device_ids or asset_tags), for one CVE or all; the devices' exposures are re-ranked")
            .ProducesValidationProblem();

        mitigations.MapPost("/{id:guid}/verify", VerifyAsync)
            .WithName("VerifyMitigation")
            .RequirePermission(Permission.ExposureTriage)
            .WithSummary("Record that a person checked the control; it counts for ranking until its review date")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        mitigations.MapPost("/{id:guid}/end", EndAsync)
            .WithName("EndMitigation")
            .RequirePermission(Permission.ExposureTriage)
            .WithSummary("End a mitigation (the control was removed): it stays on record and no longer counts")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<MitigationListItem>>, ValidationProblem>> ListAsync(
        [AsParameters] MitigationListParameters parameters, MitigationQueries queries, CancellationToken cancellationToken)
    {
        var (filter, errors) = parameters.Check();
        return filter is null
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await queries.ListAsync(filter, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<MitigationListItem>, ProblemHttpResult>> GetAsync(Guid id, MitigationQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } item ? TypedResults.Ok(item) : NotFound(id);

    private static async Task<Results<Created<MitigationListItem>, ValidationProblem>> AddAsync(
        NewMitigation request, MitigationEditor editor, CancellationToken cancellationToken)
    {
        var outcome = await editor.AddAsync(request, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            MitigationOutcome.Done done => TypedResults.Created($"/api/v1/mitigations/{done.Mitigation.Id}", done.Mitigation),
            MitigationOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "The mitigation was not recorded"),
            _ => throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name),
        };
    }

    private static async Task<Results<Ok<MitigationListItem>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        Guid id, VerifyMitigation? request, MitigationEditor editor, CancellationToken cancellationToken) =>
        Answer(id, await editor.VerifyAsync(id, request ?? new VerifyMitigation(), cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<MitigationListItem>, ValidationProblem, ProblemHttpResult>> EndAsync(
        Guid id, MitigationEditor editor, CancellationToken cancellationToken) =>
        Answer(id, await editor.EndAsync(id, cancellationToken).ConfigureAwait(false));

    private static Results<Ok<MitigationListItem>, ValidationProblem, ProblemHttpResult> Answer(Guid id, MitigationOutcome outcome) => outcome switch
    {
        MitigationOutcome.Done done => TypedResults.Ok(done.Mitigation),
        MitigationOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "The mitigation was not changed"),
        MitigationOutcome.Conflict conflict => TypedResults.Problem(conflict.Message, statusCode: StatusCodes.Status409Conflict, title: "The mitigation has ended"),
        MitigationOutcome.NotFound => NotFound(id),
        _ => throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name),
    };

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem($"No mitigation has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Mitigation not found");
}
