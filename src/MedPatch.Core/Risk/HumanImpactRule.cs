using MedPatch.Core.Devices;

namespace MedPatch.Core.Risk;

/// <summary>
/// SSVC Human Impact for a medical device, combined by <see cref="HumanImpactTable"/> from a Safety Impact and a
/// Mission Impact. An assessed value (from the model's risk analysis, or an analyst) replaces the derived one.
/// <para>Safety Impact, from clinical criticality and patient connection (IEC 61508 harm levels as SSVC uses them):</para>
/// <list type="bullet">
/// <item>life-critical and patient-connected → catastrophic: a life-sustaining device can kill the patient on it, and
/// one exploit reaches every device of the model on the network, so more than one patient;</item>
/// <item>life-critical, not connected (a defibrillator on standby) → critical: it fails the patient who needs it next;</item>
/// <item>high and connected (monitors, pumps) → critical; high, not connected (lab analysers) → marginal;</item>
/// <item>medium and connected → marginal; medium, not connected → negligible; low → negligible.</item>
/// </list>
/// <para>Mission Impact, for a hospital whose mission essential functions are patient care: life-critical and high
/// → MEF failure (a care function stops); medium → MEF support crippled; low → degraded. A device storing PHI is at
/// least MEF support crippled, since a breach puts breach response and notification on the hospital.</para>
/// <para>Unknowns are conservative: criticality counts as <see cref="RiskSettings.UnknownCriticalityCountsAs"/>
/// (high by default), an unknown patient connection as connected and unknown PHI as stored.</para>
/// </summary>
public static class HumanImpactRule
{
    private static readonly string[] CriticalityLabels = ["low", "medium", "high", "life-critical"];

    /// <summary>[criticality, known (0 no, 1 yes), patient connection (0 no, 1 yes, 2 unknown)].</summary>
    private static readonly string[,,] SafetyText = Texts(["not patient-connected", "patient-connected", "patient connection unknown (counted as connected)"]);

    /// <summary>[criticality, known, PHI (0 no, 1 yes, 2 unknown)].</summary>
    private static readonly string[,,] MissionText = Texts(["no PHI", "stores PHI", "PHI unknown (counted as stored)"]);

    private static readonly string[,] HumanText = CombinationTexts();

    public static HumanImpactDerivation Derive(in RiskInputs inputs, RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var known = inputs.ClinicalCriticality is >= ClinicalCriticality.Low and <= ClinicalCriticality.LifeCritical;
        var criticality = known ? inputs.ClinicalCriticality!.Value : settings.UnknownCriticalityCountsAs;

        var safety = inputs.AssessedSafetyImpact is { } assessedSafety
            ? new Derived<SafetyImpact>(assessedSafety, RiskReason.SafetyAssessed)
            : new Derived<SafetyImpact>(
                Safety(criticality, inputs.PatientConnected ?? true),
                RiskReason.SafetyFromDevice,
                SafetyText[(int)criticality, known ? 1 : 0, Code(inputs.PatientConnected)]);

        var mission = inputs.AssessedMissionImpact is { } assessedMission
            ? new Derived<MissionImpact>(assessedMission, RiskReason.MissionAssessed)
            : new Derived<MissionImpact>(
                Mission(criticality, inputs.StoresPhi ?? true),
                RiskReason.MissionFromDevice,
                MissionText[(int)criticality, known ? 1 : 0, Code(inputs.StoresPhi)]);

        var human = new Derived<HumanImpact>(
            HumanImpactTable.Combine(safety.Value, mission.Value),
            RiskReason.HumanImpactTable,
            HumanText[(int)safety.Value, (int)mission.Value]);
        return new(safety, mission, human);
    }

    public static SafetyImpact Safety(ClinicalCriticality criticality, bool patientConnected) => criticality switch
    {
        ClinicalCriticality.LifeCritical => patientConnected ? SafetyImpact.Catastrophic : SafetyImpact.Critical,
        ClinicalCriticality.High => patientConnected ? SafetyImpact.Critical : SafetyImpact.Marginal,
        ClinicalCriticality.Medium => patientConnected ? SafetyImpact.Marginal : SafetyImpact.Negligible,
        _ => SafetyImpact.Negligible,
    };

    public static MissionImpact Mission(ClinicalCriticality criticality, bool storesPhi)
    {
        var mission = criticality switch
        {
            ClinicalCriticality.LifeCritical or ClinicalCriticality.High => MissionImpact.MefFailure,
            ClinicalCriticality.Medium => MissionImpact.MefSupportCrippled,
            _ => MissionImpact.Degraded,
        };
        return storesPhi && mission < MissionImpact.MefSupportCrippled ? MissionImpact.MefSupportCrippled : mission;
    }

    private static int Code(bool? fact) => fact switch
    {
        false => 0,
        true => 1,
        null => 2,
    };

    private static string[,,] Texts(string[] factTexts)
    {
        var texts = new string[4, 2, 3];
        for (var criticality = 0; criticality < 4; criticality++)
        {
            for (var fact = 0; fact < 3; fact++)
            {
                var label = CriticalityLabels[criticality];
                texts[criticality, 0, fact] = "clinical criticality unknown (counted as " + label + "), " + factTexts[fact];
                texts[criticality, 1, fact] = "clinical criticality " + label + ", " + factTexts[fact];
            }
        }

        return texts;
    }

    private static string[,] CombinationTexts()
    {
        var texts = new string[4, 4];
        for (var safety = 0; safety < 4; safety++)
        {
            for (var mission = 0; mission < 4; mission++)
            {
                texts[safety, mission] = "safety impact " + SsvcNames.Label((SafetyImpact)safety) + ", mission impact " + SsvcNames.Label((MissionImpact)mission);
            }
        }

        return texts;
    }
}
