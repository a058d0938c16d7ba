namespace MedPatch.Core.Risk;

/// <summary>
/// The value keys and names SSVC's decision point definitions use, so our values print and parse as SSVC writes
/// them. <see cref="Label(Exploitation)"/> and its overloads give the lower-case names used in rules and explanations,
/// which are also the labels of SSVC's CSV decision tables.
/// </summary>
public static class SsvcNames
{
    private static readonly string[] ExploitationKeys = ["N", "P", "A"];
    private static readonly string[] ExploitationNames = ["None", "Public PoC", "Active"];
    private static readonly string[] ExposureKeys = ["S", "C", "O"];
    private static readonly string[] ExposureNames = ["Small", "Controlled", "Open"];
    private static readonly string[] AutomatableKeys = ["N", "Y"];
    private static readonly string[] AutomatableNames = ["No", "Yes"];
    private static readonly string[] SafetyKeys = ["N", "M", "R", "C"];
    private static readonly string[] SafetyNames = ["Negligible", "Marginal", "Critical", "Catastrophic"];
    private static readonly string[] MissionKeys = ["D", "MSC", "MEF", "MF"];
    private static readonly string[] MissionNames = ["Degraded", "MEF Support Crippled", "MEF Failure", "Mission Failure"];
    private static readonly string[] HumanKeys = ["L", "M", "H", "VH"];
    private static readonly string[] HumanNames = ["Low", "Medium", "High", "Very High"];
    private static readonly string[] DecisionKeys = ["D", "S", "O", "I"];
    private static readonly string[] DecisionNames = ["Defer", "Scheduled", "Out-of-Cycle", "Immediate"];

    private static readonly string[] ExploitationLabels = Lower(ExploitationNames);
    private static readonly string[] ExposureLabels = Lower(ExposureNames);
    private static readonly string[] AutomatableLabels = Lower(AutomatableNames);
    private static readonly string[] SafetyLabels = Lower(SafetyNames);
    private static readonly string[] MissionLabels = Lower(MissionNames);
    private static readonly string[] HumanLabels = Lower(HumanNames);
    private static readonly string[] DecisionLabels = Lower(DecisionNames);

    public static string Key(Exploitation value) => ExploitationKeys[(int)value];

    public static string Key(SystemExposure value) => ExposureKeys[(int)value];

    public static string Key(Automatable value) => AutomatableKeys[(int)value];

    public static string Key(SafetyImpact value) => SafetyKeys[(int)value];

    public static string Key(MissionImpact value) => MissionKeys[(int)value];

    public static string Key(HumanImpact value) => HumanKeys[(int)value];

    public static string Key(DeployerDecision value) => DecisionKeys[(int)value];

    public static string Name(Exploitation value) => ExploitationNames[(int)value];

    public static string Name(SystemExposure value) => ExposureNames[(int)value];

    public static string Name(Automatable value) => AutomatableNames[(int)value];

    public static string Name(SafetyImpact value) => SafetyNames[(int)value];

    public static string Name(MissionImpact value) => MissionNames[(int)value];

    public static string Name(HumanImpact value) => HumanNames[(int)value];

    public static string Name(DeployerDecision value) => DecisionNames[(int)value];

    public static string Label(Exploitation value) => ExploitationLabels[(int)value];

    public static string Label(SystemExposure value) => ExposureLabels[(int)value];

    public static string Label(Automatable value) => AutomatableLabels[(int)value];

    public static string Label(SafetyImpact value) => SafetyLabels[(int)value];

    public static string Label(MissionImpact value) => MissionLabels[(int)value];

    public static string Label(HumanImpact value) => HumanLabels[(int)value];

    public static string Label(DeployerDecision value) => DecisionLabels[(int)value];

    /// <summary>
    /// Reads a key ("P"), a name in any case ("Public PoC") or CISA vulnrichment's word ("poc", as its ADP SSVC
    /// options write Exploitation).
    /// </summary>
    public static bool TryParse(string? text, out Exploitation value)
    {
        if (string.Equals(text?.Trim(), "poc", StringComparison.OrdinalIgnoreCase))
        {
            value = Exploitation.PublicPoc;
            return true;
        }

        return TryFind(text, ExploitationKeys, ExploitationNames, out value);
    }

    public static bool TryParse(string? text, out SystemExposure value) => TryFind(text, ExposureKeys, ExposureNames, out value);

    public static bool TryParse(string? text, out Automatable value) => TryFind(text, AutomatableKeys, AutomatableNames, out value);

    public static bool TryParse(string? text, out SafetyImpact value) => TryFind(text, SafetyKeys, SafetyNames, out value);

    public static bool TryParse(string? text, out MissionImpact value) => TryFind(text, MissionKeys, MissionNames, out value);

    public static bool TryParse(string? text, out HumanImpact value) => TryFind(text, HumanKeys, HumanNames, out value);

    public static bool TryParse(string? text, out DeployerDecision value) => TryFind(text, DecisionKeys, DecisionNames, out value);

    private static bool TryFind<T>(string? text, string[] keys, string[] names, out T value)
        where T : struct, Enum
    {
        var trimmed = text.AsSpan().Trim();
        for (var i = 0; i < keys.Length; i++)
        {
            // Keys are case-sensitive in SSVC ("M" is Marginal, never a lower-case word); names are not.
            if (trimmed.Equals(keys[i], StringComparison.Ordinal) || trimmed.Equals(names[i], StringComparison.OrdinalIgnoreCase))
            {
                value = (T)(object)i;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string[] Lower(string[] names)
    {
        var labels = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            labels[i] = names[i].ToLowerInvariant();
        }

        return labels;
    }
}
