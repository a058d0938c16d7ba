using MedPatch.Core.Security;

namespace MedPatch.Web.Security;

/// <summary>Endpoint metadata naming the permission an endpoint needs, for the authorization policy and for tests that enumerate endpoints.</summary>
public sealed record RequiredPermission(Permission Permission);

public static class RequiredPermissionExtensions
{
    /// <summary>Requires the caller to hold <paramref name="permission"/> (see <see cref="PermissionTable"/>).</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PermissionPolicy.Name(permission)).WithMetadata(new RequiredPermission(permission));
}
