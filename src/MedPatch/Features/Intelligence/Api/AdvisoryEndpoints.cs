using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// <c>/api/v1/advisories</c>: the advisory list, one advisory with its revisions, and each stored revision's original
/// document. <c>{id}</c> is the advisory's id or its tracking id (any case), e.g. ICSMA-24-010-01.
/// </summary>
public static class AdvisoryEndpoints
{
    public static RouteGroupBuilder MapAdvisoryEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var advisories = api.MapGroup("/advisories").WithTags("Advisories");

        advisories.MapGet("/", ListAsync)
            .WithName("ListAdvisories")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List advisories by CVE id, manufacturer (any alias), product or text, newest release first, with paging");

        advisories.MapGet("/{id}", GetAsync)
            .WithName("GetAdvisory")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("Get one advisory (by id or tracking id): revisions with their changes, affected products, remediations, vulnerabilities and references")
            .ProducesProblem(StatusCodes.Status404NotFound);

        advisories.MapGet("/{id}/revisions", RevisionsAsync)
            .WithName("ListAdvisoryRevisions")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("List an advisory's revisions, newest first, with the changes each stored revision made")
            .ProducesProblem(StatusCodes.Status404NotFound);

        advisories.MapGet("/{id}/revisions/{version}/document", DocumentAsync)
            .WithName("GetAdvisoryRevisionDocument")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("Get the original document of one revision, byte for byte as it was imported")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Results<Ok<AdvisoryListResponse>, ValidationProblem>> ListAsync(
        [AsParameters] AdvisoryListParameters parameters, AdvisoryQueries queries, CancellationToken cancellationToken)
    {
        var errors = IntelligenceListValidation.Check(parameters.Cve, parameters.Page, parameters.PageSize, parameters.Sort, AdvisoryQueries.SortKeys);

        if (!string.IsNullOrWhiteSpace(parameters.Source) && !AdvisoryFilter.Sources.Contains(parameters.Source.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            errors["source"] = [$"must be one of {string.Join(", ", AdvisoryFilter.Sources)}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await queries.ListAsync(
                parameters.ToFilter(), parameters.Sort, parameters.Page ?? 1, parameters.PageSize ?? IntelligenceListValidation.DefaultPageSize, cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<AdvisoryDetail>, ProblemHttpResult>> GetAsync(string id, AdvisoryQueries queries, CancellationToken cancellationToken)
    {
        var detail = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return detail is null ? NotFound(id) : TypedResults.Ok(detail);
    }

    private static async Task<Results<Ok<IReadOnlyList<AdvisoryRevisionItem>>, ProblemHttpResult>> RevisionsAsync(
        string id, AdvisoryQueries queries, CancellationToken cancellationToken)
    {
        var revisions = await queries.RevisionsAsync(id, cancellationToken).ConfigureAwait(false);
        return revisions is null ? NotFound(id) : TypedResults.Ok(revisions);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(
        string id, string version, AdvisoryQueries queries, CancellationToken cancellationToken)
    {
        var advisory = await queries.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (advisory is null)
        {
            return NotFound(id);
        }

        var content = await queries.DocumentAsync(advisory.Id, version, cancellationToken).ConfigureAwait(false);
        return content is null
            ? TypedResults.Problem(
                $"Advisory {advisory.TrackingId} has no stored revision {version}.", statusCode: StatusCodes.Status404NotFound, title: "Revision not found")
            : TypedResults.File(content, "application/json");
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No advisory has the id or tracking id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Advisory not found");
}
