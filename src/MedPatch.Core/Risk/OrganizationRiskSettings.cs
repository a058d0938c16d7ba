namespace MedPatch.Core.Risk;

/// <summary>
/// The <see cref="RiskSettings"/> an admin saved for an organization, as JSON so that a criterion added later needs
/// no migration; an organization without a row ranks with <see cref="RiskSettings.Default"/>.
/// </summary>
public sealed class OrganizationRiskSettings
{
    public Guid OrganizationId { get; set; }

    public required string SettingsJson { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
