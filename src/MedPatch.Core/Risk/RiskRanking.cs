namespace MedPatch.Core.Risk;

/// <summary>
/// Ranks a confirmed exposure: derives the four SSVC decision inputs, looks up the deployer decision and scores the
/// priority within it. Pure and deterministic; the same facts and settings always give the same assessment.
/// </summary>
public static class RiskRanking
{
    /// <exception cref="ArgumentException">The settings are not valid (see <see cref="RiskSettings.Validate"/>).</exception>
    public static RiskAssessment Rank(in RiskInputs inputs, RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ThrowIfInvalid();

        var exploitation = ExploitationRule.Derive(inputs, settings);
        var exposure = SystemExposureRule.Derive(inputs.SegmentExposure, inputs.Mitigation, settings);
        var automatable = AutomatableRule.Derive(inputs.AdpAutomatable, inputs.CvssVector, settings);
        var human = HumanImpactRule.Derive(inputs, settings);
        var decision = DeployerDecisionTable.Decide(exploitation.Value, exposure.Value, automatable.Value, human.Human.Value);
        var priority = PriorityScore.Compute(inputs, settings);
        return new RiskAssessment(inputs, settings, exploitation, exposure, automatable, human, decision, priority);
    }

    /// <summary>More urgent first: by decision, then priority. Ties compare equal, so a stable sort keeps their order.</summary>
    public static int Compare(RiskAssessment? x, RiskAssessment? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        var byDecision = y.Decision.CompareTo(x.Decision);
        return byDecision != 0 ? byDecision : y.Priority.CompareTo(x.Priority);
    }
}
