using MedPatch.Core.Security;
using MedPatch.Features.Users;
using Microsoft.AspNetCore.Authorization;

namespace MedPatch.Web.Security;

/// <summary>One authorization policy per <see cref="Permission"/>, decided by <see cref="PermissionTable"/> alone.</summary>
public static class PermissionPolicy
{
    public static string Name(Permission permission) => "permission:" + permission;

    public static void AddAll(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            options.AddPolicy(Name(permission), policy => policy.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
        }
    }
}

public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

/// <summary>
/// Grants a permission when one of the caller's roles holds it; a read-scoped API token is further narrowed to
/// GET and HEAD, whatever its owner may do.
/// </summary>
public sealed class PermissionHandler(IHttpContextAccessor accessor) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (!UserClaims.Has(context.User, requirement.Permission))
        {
            return Task.CompletedTask;
        }

        var http = context.Resource as HttpContext ?? accessor.HttpContext;
        var readOnlyToken = context.User.FindFirst(MedPatchClaims.TokenScope)?.Value == nameof(TokenScope.Read);
        if (readOnlyToken && (http is null || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))))
        {
            return Task.CompletedTask;
        }

        context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
