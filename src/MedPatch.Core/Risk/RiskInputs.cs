using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;

namespace MedPatch.Core.Risk;

/// <summary>
/// The facts about one confirmed exposure (device × vulnerability) that the ranking reads. Null means "not known";
/// each rule says what an unknown counts as. A value type so that ranking millions of exposures allocates nothing
/// for the inputs; the assessment keeps its own copy.
/// </summary>
public readonly record struct RiskInputs
{
    /// <summary>Listed in the CISA Known Exploited Vulnerabilities catalog.</summary>
    public bool InKev { get; init; }

    /// <summary>CISA ADP (vulnrichment) SSVC Exploitation; see <see cref="SsvcNames.TryParse(string?, out Exploitation)"/>.</summary>
    public Exploitation? AdpExploitation { get; init; }

    /// <summary>CISA ADP (vulnrichment) SSVC Automatable.</summary>
    public Automatable? AdpAutomatable { get; init; }

    /// <summary>Someone recorded that exploit code is public (an analyst, an exploit database reference).</summary>
    public bool PublicExploit { get; init; }

    /// <summary>The details of a CSAF threat of category exploit_status, read by <see cref="ExploitStatusText"/>.</summary>
    public string? ExploitStatus { get; init; }

    /// <summary>FIRST EPSS probability of exploitation activity in the next 30 days, 0 to 1.</summary>
    public double? EpssScore { get; init; }

    /// <summary>FIRST EPSS percentile, 0 to 1.</summary>
    public double? EpssPercentile { get; init; }

    /// <summary>The newest CVSS vector known (v4.0, else v3.x, else v2), for Automatable.</summary>
    public string? CvssVector { get; init; }

    /// <summary>The CVSS base score (0 to 10) that goes with <see cref="CvssVector"/>.</summary>
    public double? CvssBaseScore { get; init; }

    /// <summary>The exposure of the device's network segment; Unset when not assessed or the device has no segment.</summary>
    public SegmentExposure SegmentExposure { get; init; }

    /// <summary>The strongest active, verified mitigation on the device for this exposure.</summary>
    public MitigationEffect Mitigation { get; init; }

    public ClinicalCriticality? ClinicalCriticality { get; init; }

    public bool? PatientConnected { get; init; }

    public bool? StoresPhi { get; init; }

    /// <summary>A Safety Impact someone assessed (for the model or the device); replaces the derived one.</summary>
    public SafetyImpact? AssessedSafetyImpact { get; init; }

    /// <summary>A Mission Impact someone assessed; replaces the derived one.</summary>
    public MissionImpact? AssessedMissionImpact { get; init; }

    /// <summary>How many devices of the same model share this vulnerability (including this one).</summary>
    public int ExposedDevicesOfModel { get; init; }
}
