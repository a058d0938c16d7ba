namespace MedPatch.Core.Organizations;

public enum OrganizationKind
{
    HealthSystem,
    Manufacturer,
    HubOperator,
}
