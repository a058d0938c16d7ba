namespace MedPatch.Core.Security;

/// <summary>The roles of PRODUCT.md section 2. Stored by their snake_case names (e.g. "clinical_engineer").</summary>
public enum Role
{
    Admin,
    ClinicalEngineer,
    SecurityAnalyst,
    Technician,
    Manager,
    Auditor,
    Manufacturer,
}
