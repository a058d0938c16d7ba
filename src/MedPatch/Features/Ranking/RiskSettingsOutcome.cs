namespace MedPatch.Features.Ranking;

/// <summary>What reading or changing an organization's risk settings did; errors are keyed by setting name.</summary>
public abstract record RiskSettingsOutcome
{
    private RiskSettingsOutcome()
    {
    }

    /// <summary>No organization with that id is visible to the caller.</summary>
    public sealed record NotFound : RiskSettingsOutcome;

    /// <summary>The caller belongs to no organization (the operator) and named none.</summary>
    public sealed record OrganizationRequired : RiskSettingsOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : RiskSettingsOutcome;

    /// <summary>The settings as now in force; <see cref="Changed"/> is false when the request changed nothing.</summary>
    public sealed record Done(RiskSettingsView Settings, bool Changed) : RiskSettingsOutcome;
}
