using System.Text.Json;
using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Features.Ranking;

/// <summary><c>/api/v1/risk-settings</c>: the criteria and weights the caller's organization ranks exposures with.</summary>
public static class RiskSettingsEndpoints
{
    public static RouteGroupBuilder MapRiskSettingsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var settings = api.MapGroup("/risk-settings").WithTags("Risk settings");

        settings.MapGet("/", GetAsync)
            .WithName("GetRiskSettings")
            .RequirePermission(Permission.InventoryRead)
            .WithSummary("The organization's effective risk-ranking settings, each field marked when it is the default")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        settings.MapPut("/", SetAsync)
            .WithName("SetRiskSettings")
            .RequirePermission(Permission.RiskSettingsManage)
            .WithSummary("Change some or all risk-ranking settings (weights, EPSS threshold, what unknowns count as); the exposures are re-ranked")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        settings.MapDelete("/", ResetAsync)
            .WithName("ResetRiskSettings")
            .RequirePermission(Permission.RiskSettingsManage)
            .WithSummary("Reset the organization's risk-ranking settings to the defaults; the exposures are re-ranked")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Results<Ok<RiskSettingsView>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [FromQuery] Guid? organization, RiskSettingsEditor editor, CancellationToken cancellationToken) =>
        Answer(await editor.GetAsync(organization, cancellationToken).ConfigureAwait(false), organization);

    private static async Task<Results<Ok<RiskSettingsView>, ValidationProblem, ProblemHttpResult>> SetAsync(
        [FromQuery] Guid? organization, [FromBody] JsonElement body, RiskSettingsEditor editor, CancellationToken cancellationToken)
    {
        var (changes, errors) = RiskSettingsBody.Read(body);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The risk settings were not changed");
        }

        return Answer(await editor.SetAsync(organization, changes, cancellationToken).ConfigureAwait(false), organization);
    }

    private static async Task<Results<Ok<RiskSettingsView>, ValidationProblem, ProblemHttpResult>> ResetAsync(
        [FromQuery] Guid? organization, RiskSettingsEditor editor, CancellationToken cancellationToken) =>
        Answer(await editor.ResetAsync(organization, cancellationToken).ConfigureAwait(false), organization);

    private static Results<Ok<RiskSettingsView>, ValidationProblem, ProblemHttpResult> Answer(RiskSettingsOutcome outcome, Guid? organization) => outcome switch
    {
        RiskSettingsOutcome.Done done => TypedResults.Ok(done.Settings),
        RiskSettingsOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "The risk settings were not changed"),
        RiskSettingsOutcome.OrganizationRequired => TypedResults.ValidationProblem(
            new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [RiskSettingsEditor.OrganizationField] = ["you belong to no organization: name one with ?organization=ID"],
            },
            title: "Which organization?"),
        RiskSettingsOutcome.NotFound => TypedResults.Problem(
            $"No organization has the id {organization}.", statusCode: StatusCodes.Status404NotFound, title: "Organization not found"),
        _ => throw new InvalidOperationException("unexpected outcome " + outcome.GetType().Name),
    };
}
