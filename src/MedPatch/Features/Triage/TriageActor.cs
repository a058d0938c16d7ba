using System.Security.Claims;
using MedPatch.Core.Security;

namespace MedPatch.Features.Triage;

/// <summary>The name stored as who made a triage decision (<c>triaged_by</c>).</summary>
public static class TriageActor
{
    /// <summary>The person behind the request, also when an API token acts for them: their email, else their user id.</summary>
    public static string Of(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = principal.FindFirst(MedPatchClaims.Email)?.Value
            ?? principal.FindFirst(ClaimTypes.Email)?.Value
            ?? principal.FindFirst(MedPatchClaims.UserId)?.Value
            ?? principal.Identity?.Name;
        return string.IsNullOrWhiteSpace(name) ? "unknown user" : name;
    }

    /// <summary>The operating-system user running the command line; "cli" when the system does not say.</summary>
    public static string Cli()
    {
        var name = Environment.UserName;
        return string.IsNullOrWhiteSpace(name) ? "cli" : name;
    }
}
