using MedPatch.Core.Security;

namespace MedPatch.Core.Tests.Security;

public sealed class PermissionTableTests
{
    [Fact]
    public void Every_role_has_an_entry() =>
        Assert.All(Enum.GetValues<Role>(), role => Assert.NotNull(PermissionTable.For(role)));

    [Fact]
    public void Admin_holds_every_permission() =>
        Assert.All(Enum.GetValues<Permission>(), p => Assert.True(PermissionTable.Allows(Role.Admin, p), p.ToString()));

    [Theory]
    [InlineData(Role.Auditor, Permission.AuditRead, true)]
    [InlineData(Role.Auditor, Permission.InventoryWrite, false)]
    [InlineData(Role.Technician, Permission.InventoryRead, true)]
    [InlineData(Role.Technician, Permission.InventoryExport, false)]
    [InlineData(Role.Manager, Permission.CatalogWrite, false)]
    [InlineData(Role.ClinicalEngineer, Permission.InventoryWrite, true)]
    [InlineData(Role.SecurityAnalyst, Permission.InventoryWrite, false)]
    [InlineData(Role.Manufacturer, Permission.InventoryRead, false)]
    public void Roles_hold_what_their_work_needs_and_no_more(Role role, Permission permission, bool allowed) =>
        Assert.Equal(allowed, PermissionTable.Allows(role, permission));

    [Fact]
    public void Only_admins_manage_users_and_only_admins_and_auditors_read_the_audit_trail()
    {
        var userManagers = Enum.GetValues<Role>().Where(r => PermissionTable.Allows(r, Permission.UsersManage));
        var auditReaders = Enum.GetValues<Role>().Where(r => PermissionTable.Allows(r, Permission.AuditRead));

        Assert.Equal([Role.Admin], userManagers);
        Assert.Equal([Role.Admin, Role.Auditor], auditReaders);
    }

    [Fact]
    public void Several_roles_combine() =>
        Assert.True(PermissionTable.Allows([Role.Technician, Role.Auditor], Permission.AuditRead));
}
