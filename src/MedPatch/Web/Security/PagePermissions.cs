using MedPatch.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace MedPatch.Web.Security;

/// <summary>What a page needs: <see cref="Read"/> to show it, <see cref="Write"/> (if any) to post its forms.</summary>
public sealed record PagePermission(Permission Read, Permission? Write = null);

/// <summary>
/// Every Razor page declares here what it needs; pages not listed fall to the fallback policy (any signed-in user),
/// and the sign-in pages are open to anyone. The declarations become endpoint metadata when routes are built, so a
/// test enumerating endpoints sees them.
/// </summary>
public static class PagePermissions
{
    public static IReadOnlyDictionary<string, PagePermission> Pages { get; } = new Dictionary<string, PagePermission>(StringComparer.Ordinal)
    {
        ["/Index"] = new(Permission.InventoryRead),
        ["/Devices/Index"] = new(Permission.InventoryRead),
        ["/Devices/Detail"] = new(Permission.InventoryRead),
        ["/Models/Index"] = new(Permission.InventoryRead),
        ["/Models/Edit"] = new(Permission.InventoryRead, Permission.CatalogWrite),
        ["/Manufacturers/Index"] = new(Permission.InventoryRead, Permission.CatalogWrite),
        ["/Manufacturers/Edit"] = new(Permission.InventoryRead, Permission.CatalogWrite),
        ["/Segments/Index"] = new(Permission.InventoryRead, Permission.InventoryWrite),
        ["/Vulnerabilities/Index"] = new(Permission.InventoryRead),
        ["/Vulnerabilities/Detail"] = new(Permission.InventoryRead),
        ["/Advisories/Index"] = new(Permission.InventoryRead),
        ["/Advisories/Detail"] = new(Permission.InventoryRead),
        ["/Exposures/Index"] = new(Permission.InventoryRead),
        ["/Triage/Index"] = new(Permission.InventoryRead, Permission.ExposureTriage),
        ["/Mitigations/Index"] = new(Permission.InventoryRead, Permission.ExposureTriage),
        ["/Settings/Risk"] = new(Permission.InventoryRead, Permission.RiskSettingsManage),
        ["/Audit/Index"] = new(Permission.AuditRead),
        ["/Account/Tokens"] = new(Permission.TokensManage, Permission.TokensManage),
    };

    /// <summary>Reachable without signing in: signing in itself, the second factor, and the access-denied explanation.</summary>
    public static IReadOnlyList<string> Anonymous { get; } = ["/Account/SignIn", "/Account/TwoFactor", "/Account/AccessDenied"];

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var (page, permission) in Pages)
        {
            conventions.AddPageRouteModelConvention(page, model =>
            {
                foreach (var selector in model.Selectors)
                {
                    selector.EndpointMetadata.Add(permission);
                    selector.EndpointMetadata.Add(new AuthorizeAttribute(PermissionPolicy.Name(permission.Read)));
                }
            });
        }

        foreach (var page in Anonymous)
        {
            conventions.AllowAnonymousToPage(page);
            conventions.AddPageRouteModelConvention(page, model =>
            {
                foreach (var selector in model.Selectors)
                {
                    selector.EndpointMetadata.Add(new AllowAnonymousAttribute());
                }
            });
        }
    }
}
