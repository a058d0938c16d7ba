using System.Security.Claims;
using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedPatch.Features.Users;

/// <summary><c>/api/v1/tokens</c>: the caller's own API tokens.</summary>
public static class TokenEndpoints
{
    public static RouteGroupBuilder MapTokenEndpoints(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").WithTags("Tokens").RequirePermission(Permission.TokensManage);

        tokens.MapGet("/", ListAsync)
            .WithName("ListTokens")
            .WithSummary("List your API tokens (never their secrets)");

        tokens.MapPost("/", CreateAsync)
            .WithName("CreateToken")
            .WithSummary("Create an API token; the secret is in this answer only");

        tokens.MapDelete("/{id:guid}", RevokeAsync)
            .WithName("RevokeToken")
            .WithSummary("Revoke one of your API tokens")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Ok<IReadOnlyList<ApiTokenItem>>> ListAsync(ClaimsPrincipal user, ApiTokens tokens, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tokens.ListAsync(UserClaims.UserIdOf(user)!.Value, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Created<CreatedToken>, ValidationProblem>> CreateAsync(
        CreateTokenRequest request, ClaimsPrincipal user, ApiTokens tokens, CancellationToken cancellationToken)
    {
        var errors = ApiTokens.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var created = await tokens.CreateAsync(UserClaims.UserIdOf(user)!.Value, UserClaims.OrganizationIdOf(user)!.Value, request, cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/tokens/{created.Token.Id}", created);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Guid id, ClaimsPrincipal user, ApiTokens tokens, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(UserClaims.UserIdOf(user)!.Value, id, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "Token not found", detail: $"you have no token with id {id}", statusCode: StatusCodes.Status404NotFound);
}
