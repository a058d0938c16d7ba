namespace MedPatch.Core.Risk;

/// <summary>
/// The ranking of one exposure: its SSVC deployer decision, its priority within that decision, and everything
/// needed to show why. Text (<see cref="Rule"/>, <see cref="Inputs"/>, <see cref="Explanation"/>) is written only
/// when read, so ranking allocates this object and nothing else.
/// </summary>
public sealed class RiskAssessment
{
    internal RiskAssessment(
        in RiskInputs facts,
        RiskSettings settings,
        Derived<Exploitation> exploitation,
        Derived<SystemExposure> systemExposure,
        Derived<Automatable> automatable,
        HumanImpactDerivation humanImpact,
        DeployerDecision decision,
        double priority)
    {
        Facts = facts;
        Settings = settings;
        Exploitation = exploitation;
        SystemExposure = systemExposure;
        Automatable = automatable;
        HumanImpact = humanImpact;
        Decision = decision;
        Priority = priority;
    }

    public DeployerDecision Decision { get; }

    /// <summary>0 to 100, two decimals; orders exposures within one <see cref="Decision"/>.</summary>
    public double Priority { get; }

    public Derived<Exploitation> Exploitation { get; }

    public Derived<SystemExposure> SystemExposure { get; }

    public Derived<Automatable> Automatable { get; }

    public HumanImpactDerivation HumanImpact { get; }

    /// <summary>The facts the assessment was made from.</summary>
    public RiskInputs Facts { get; }

    public RiskSettings Settings { get; }

    /// <summary>
    /// One number that orders by decision, then priority: sort descending. Equal keys mean equal urgency; a stable
    /// sort keeps their given order, and callers that need a total order add their own key (the exposure id).
    /// </summary>
    public long SortKey => ((long)Decision * 100_000) + (long)Math.Round(Priority * 100, MidpointRounding.AwayFromZero);

    /// <summary>"Exploitation=active, Exposure=open, Automatable=yes, HumanImpact=very high → immediate".</summary>
    public string Rule =>
        "Exploitation=" + SsvcNames.Label(Exploitation.Value)
        + ", Exposure=" + SsvcNames.Label(SystemExposure.Value)
        + ", Automatable=" + SsvcNames.Label(Automatable.Value)
        + ", HumanImpact=" + SsvcNames.Label(HumanImpact.Human.Value)
        + " → " + SsvcNames.Label(Decision);

    /// <summary>The SSVC decision inputs, each with its value and the reason for it.</summary>
    public IReadOnlyList<RiskInputValue> Inputs =>
    [
        new("Exploitation", SsvcNames.Label(Exploitation.Value), Exploitation.Reason),
        new("System Exposure", SsvcNames.Label(SystemExposure.Value), SystemExposure.Reason),
        new("Automatable", SsvcNames.Label(Automatable.Value), Automatable.Reason),
        new("Human Impact", SsvcNames.Label(HumanImpact.Human.Value), HumanImpact.Human.Reason),
        new("Safety Impact", SsvcNames.Label(HumanImpact.Safety.Value), HumanImpact.Safety.Reason),
        new("Mission Impact", SsvcNames.Label(HumanImpact.Mission.Value), HumanImpact.Mission.Reason),
    ];

    /// <summary>How <see cref="Priority"/> came about, one line per criterion.</summary>
    public IReadOnlyList<ScoreContribution> Explanation => PriorityScore.Explain(Facts, Settings);

    public override string ToString() => SsvcNames.Name(Decision) + " " + Priority.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + ": " + Rule;
}
