using System.Diagnostics;
using System.Security.Claims;
using MedPatch.Core.Security;

namespace MedPatch.Features.Auditing;

/// <summary>
/// Who is acting in this scope and from where: stamped on every audit record written in it. The command line acts
/// as the operator by default; the web host fills it per request from the principal (<see cref="AuditSetup"/>).
/// </summary>
public sealed class AuditContext
{
    public string ActorKind { get; private set; } = ActorKinds.Cli;

    public string Actor { get; private set; } = "cli:" + Environment.UserName;

    /// <summary>The actor's organization: records of rows with no organization of their own are filed under it.</summary>
    public Guid? OrganizationId { get; private set; }

    public string? RequestId { get; private set; }

    public string? ClientAddress { get; private set; }

    /// <summary>Why the change is made, when a use case asks the person (a risk acceptance, a deletion).</summary>
    public string? Reason { get; set; }

    /// <summary>A background job acting on its own behalf.</summary>
    public void ActAsSystem(string jobName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobName);
        ActorKind = ActorKinds.System;
        Actor = jobName;
    }

    /// <summary>
    /// From a web request: the signed-in user or token when there is one. A request without a principal (sign-in
    /// itself, or a host without authentication) is recorded as anonymous rather than refused: the write's own
    /// authorization decides whether it may happen, the audit trail only says who it was.
    /// </summary>
    public void FromRequest(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        RequestId = Activity.Current?.Id ?? http.TraceIdentifier;
        ClientAddress = http.Connection.RemoteIpAddress?.ToString();
        FromPrincipal(http.User);
    }

    public void FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            ActorKind = ActorKinds.User;
            Actor = "anonymous";
            OrganizationId = null;
            return;
        }

        OrganizationId = Guid.TryParse(principal.FindFirst(MedPatchClaims.OrganizationId)?.Value, out var organization) ? organization : null;
        var email = principal.FindFirst(MedPatchClaims.Email)?.Value ?? principal.FindFirst(ClaimTypes.Email)?.Value;
        var user = email ?? principal.FindFirst(MedPatchClaims.UserId)?.Value ?? principal.Identity.Name ?? "unknown user";
        if (principal.FindFirst(MedPatchClaims.TokenId)?.Value is { } tokenId)
        {
            // A token acts for its owner; both are named so an auditor can find the integration and the person.
            var name = principal.FindFirst(MedPatchClaims.TokenName)?.Value ?? "token";
            ActorKind = ActorKinds.Token;
            Actor = $"{name} ({tokenId}) of {user}";
        }
        else
        {
            ActorKind = ActorKinds.User;
            Actor = user;
        }
    }
}
