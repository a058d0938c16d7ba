namespace MedPatch.Core.Risk;

/// <summary>
/// A decision input and why it has its value. The reason is kept as a rule plus the facts it quoted and only
/// written out when read, so that ranking millions of exposures formats no text.
/// </summary>
/// <param name="Value">The SSVC value.</param>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="Detail">Text the rule quoted (a CVSS vector, an advisory's exploit status), or null.</param>
/// <param name="Number">A number the rule quoted (an EPSS score), or NaN.</param>
/// <param name="Limit">The setting the number was compared with, or NaN.</param>
public readonly record struct Derived<T>(T Value, RiskReason Rule, string? Detail = null, double Number = double.NaN, double Limit = double.NaN)
    where T : struct, Enum
{
    public string Reason => RiskReasonText.Describe(Rule, SsvcLabel(Value), Detail, Number, Limit);

    private static string SsvcLabel(T value) => value switch
    {
        Exploitation e => SsvcNames.Label(e),
        SystemExposure x => SsvcNames.Label(x),
        Automatable a => SsvcNames.Label(a),
        SafetyImpact s => SsvcNames.Label(s),
        MissionImpact m => SsvcNames.Label(m),
        HumanImpact h => SsvcNames.Label(h),
        DeployerDecision d => SsvcNames.Label(d),
        _ => value.ToString(),
    };
}
