namespace MedPatch.Core.Security;

/// <summary>
/// What a caller may do. Every endpoint and page declares exactly one of these; <see cref="PermissionTable"/> says
/// which roles hold it. Read and write are split per area so an auditor or manager can see without changing.
/// </summary>
public enum Permission
{
    /// <summary>See devices, models, manufacturers, facilities and the dashboard.</summary>
    InventoryRead,

    /// <summary>Create, change and delete devices and facilities; import devices.</summary>
    InventoryWrite,

    /// <summary>Change device models (support dates, patch policy) and manufacturers (aliases, channels).</summary>
    CatalogWrite,

    /// <summary>Export the inventory (CSV, XLSX): a map of attackable devices, so not every reader may take it away.</summary>
    InventoryExport,

    /// <summary>Read and export the audit trail.</summary>
    AuditRead,

    /// <summary>Create and disable users, assign roles and facilities.</summary>
    UsersManage,

    /// <summary>Create, list and revoke one's own API tokens.</summary>
    TokensManage,

    /// <summary>Triage exposures (confirm, false positive, not applicable) and record mitigations on devices.</summary>
    ExposureTriage,

    /// <summary>Change the risk-ranking criteria and weights of the organization.</summary>
    RiskSettingsManage,
}
