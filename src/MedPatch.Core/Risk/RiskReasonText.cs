using System.Globalization;

namespace MedPatch.Core.Risk;

/// <summary>Writes out the reason of a <see cref="Derived{T}"/>; only called when someone reads it.</summary>
internal static class RiskReasonText
{
    public static string Describe(RiskReason rule, string value, string? detail, double number, double limit) => rule switch
    {
        RiskReason.KevListed => "listed in the CISA Known Exploited Vulnerabilities catalog",
        RiskReason.AdpExploitation => "CISA ADP SSVC Exploitation is " + value,
        RiskReason.ExploitStatusActive => "the advisory's exploit status reports exploitation in the wild: \"" + detail + "\"",
        RiskReason.ExploitStatusPublic => "the advisory's exploit status reports public exploit code: \"" + detail + "\"",
        RiskReason.PublicExploitRecorded => "a public exploit is recorded for the vulnerability",
        RiskReason.EpssAtOrAboveThreshold => "EPSS " + Number(number) + " is at or above the public PoC threshold " + Number(limit),
        RiskReason.NoExploitEvidence => "not in KEV, no public exploit known"
            + (detail is null ? string.Empty : ", " + detail)
            + (double.IsNaN(number) ? ", no EPSS score" : ", EPSS " + Number(number) + " is below the public PoC threshold " + Number(limit)),

        RiskReason.AdpAutomatable => "CISA ADP SSVC Automatable is " + value,
        RiskReason.CvssAutomatable => "CVSS " + detail + ": network attack vector, low complexity, no privileges, no user interaction",
        RiskReason.CvssNotNetwork => "CVSS " + detail + ": the attack vector is not network",
        RiskReason.CvssComplex => "CVSS " + detail + ": the attack complexity is not low",
        RiskReason.CvssAttackRequirements => "CVSS " + detail + ": the attack has requirements (AT:P)",
        RiskReason.CvssPrivilegesRequired => "CVSS " + detail + ": privileges or authentication are required",
        RiskReason.CvssUserInteraction => "CVSS " + detail + ": user interaction is required",
        RiskReason.CvssUnusable => (detail is null ? "no CVSS vector" : "CVSS vector \"" + detail + "\" cannot be read")
            + "; counted as " + value + " by the settings",

        RiskReason.SegmentAssessed => "the network segment's exposure is " + value,
        RiskReason.SegmentUnset => "the network segment's exposure is not assessed; counted as " + value + " by the settings",
        RiskReason.MitigationIsolates => "an active, verified isolating mitigation makes it small (segment: " + detail + ")",
        RiskReason.MitigationRestricts => "an active, verified restricting mitigation lowers the exposure to " + value + " (segment: " + detail + ")",
        RiskReason.MitigationRestrictsNoFurther => "an active, verified restricting mitigation does not lower the exposure below " + value + " (segment: " + detail + ")",

        RiskReason.SafetyAssessed => "assessed safety impact " + value,
        RiskReason.SafetyFromDevice => detail + " → safety impact " + value,
        RiskReason.MissionAssessed => "assessed mission impact " + value,
        RiskReason.MissionFromDevice => detail + " → mission impact " + value,
        RiskReason.HumanImpactTable => detail + " → human impact " + value,
        _ => rule.ToString(),
    };

    private static string Number(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
