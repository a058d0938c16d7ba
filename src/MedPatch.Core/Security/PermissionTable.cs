namespace MedPatch.Core.Security;

/// <summary>The one table that maps roles to permissions. Tests enumerate it; nothing else decides access.</summary>
public static class PermissionTable
{
    private static readonly Dictionary<Role, HashSet<Permission>> Grants = new()
    {
        [Role.Admin] = [.. Enum.GetValues<Permission>()],
        [Role.ClinicalEngineer] = [Permission.InventoryRead, Permission.InventoryWrite, Permission.CatalogWrite, Permission.InventoryExport, Permission.TokensManage, Permission.ExposureTriage],
        [Role.SecurityAnalyst] = [Permission.InventoryRead, Permission.CatalogWrite, Permission.InventoryExport, Permission.TokensManage, Permission.ExposureTriage],
        [Role.Technician] = [Permission.InventoryRead],
        [Role.Manager] = [Permission.InventoryRead, Permission.InventoryExport],
        [Role.Auditor] = [Permission.InventoryRead, Permission.AuditRead],

        // A manufacturer's PSIRT user works in hub mode on its own products' progress (later issues); it sees no
        // hospital inventory.
        [Role.Manufacturer] = [Permission.TokensManage],
    };

    public static bool Allows(Role role, Permission permission) => Grants[role].Contains(permission);

    public static bool Allows(IEnumerable<Role> roles, Permission permission) => roles.Any(role => Allows(role, permission));

    public static IReadOnlySet<Permission> For(Role role) => Grants[role];
}
