using System.Globalization;
using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Features.Auditing;

/// <summary><c>/api/v1/audit</c>: the trail, filtered and paged, newest first; its export; the chain's verification.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var audit = api.MapGroup("/audit").WithTags("Audit trail").RequirePermission(Permission.AuditRead);

        audit.MapGet("/", ListAsync)
            .WithName("ListAuditRecords")
            .WithSummary("List audit records (filter by entity, entity id, actor, time), newest first");

        audit.MapGet("/export", ExportAsync)
            .WithName("ExportAuditRecords")
            .WithSummary("Export audit records as CSV or JSON with the same filters")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

        audit.MapGet("/verify", VerifyAsync)
            .WithName("VerifyAuditChain")
            .WithSummary("Walk the hash chain and report the first broken link, if any");

        return api;
    }

    private static async Task<Results<Ok<AuditListResponse>, ValidationProblem>> ListAsync(
        [AsParameters] AuditListParameters parameters, AuditQueries queries, CancellationToken cancellationToken)
    {
        var errors = parameters.Check(out var filter);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await queries.ListAsync(filter, parameters.Page ?? 1, parameters.PageSize ?? AuditListParameters.DefaultPageSize, cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(new AuditListResponse(page.Items.Select(AuditRecordResponse.From).ToList(), page.Total, page.Page, page.PageSize));
    }

    private static async Task<IResult> ExportAsync(
        [AsParameters] AuditListParameters parameters, [FromQuery] string? format, AuditExport export, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = parameters.Check(out var filter);
        format = string.IsNullOrWhiteSpace(format) ? "csv" : format.Trim().ToLowerInvariant();
        if (!AuditExport.IsFormat(format))
        {
            errors["format"] = ["must be csv or json"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"audit-trail.{format}");
        http.Response.ContentType = format == "json" ? "application/json" : "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        await export.WriteAsync(http.Response.Body, format, filter, null, cancellationToken).ConfigureAwait(false);
        return TypedResults.Empty;
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(AuditVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(null, cancellationToken).ConfigureAwait(false));
}
