using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;

namespace MedPatch.Core.Risk;

/// <summary>
/// The criteria an admin can change. Every default that decides what an unknown counts as is the conservative one:
/// a fact nobody has recorded must never make an exposure look safer than it may be, or the gaps in an inventory
/// would hide exactly the devices nobody has looked at.
/// </summary>
public sealed record RiskSettings
{
    public static RiskSettings Default { get; } = new();

    public RiskWeights Weights { get; init; } = new();

    /// <summary>
    /// EPSS score (probability of exploitation activity within 30 days) at or above which Exploitation is "public
    /// PoC" without other evidence. 0.1 by default: EPSS scores are heavily skewed, nearly all CVEs score far below
    /// 0.1, and a one-in-ten monthly chance of observed exploitation means working exploit code is almost certainly
    /// circulating. It never yields "active", which SSVC reserves for reported attacks.
    /// </summary>
    public double EpssPocThreshold { get; init; } = 0.1;

    /// <summary>
    /// What a segment with an unassessed exposure (or a device on no known segment) counts as. Open by default:
    /// SSVC allows "controlled" only where restrictions reliably interrupt an attack, which nobody has shown for an
    /// unassessed segment; assessing the segment is how a hospital lowers it.
    /// </summary>
    public SegmentExposure UnsetSegmentCountsAs { get; init; } = SegmentExposure.Open;

    /// <summary>
    /// Automatable when neither CISA nor a readable CVSS vector tells. Yes by default, because "no" would lower the
    /// decision on no evidence at all.
    /// </summary>
    public Automatable UnknownAutomatableCountsAs { get; init; } = Automatable.Yes;

    /// <summary>
    /// What a device without a recorded clinical criticality counts as, for Human Impact and the score. High by
    /// default: conservative, yet not life-critical, which would rank every unclassified device with the ventilators.
    /// </summary>
    public ClinicalCriticality UnknownCriticalityCountsAs { get; init; } = ClinicalCriticality.High;

    /// <summary>The exposed-device count at which that criterion gives its full weight (on a log scale).</summary>
    public int DeviceCountSaturation { get; init; } = 1000;

    /// <summary>What is wrong with these settings; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var criterion in Enum.GetValues<ScoreCriterion>())
        {
            var weight = Weights?.Of(criterion) ?? 0;
            if (!double.IsFinite(weight) || weight < 0)
            {
                errors.Add($"weight {criterion} must be a finite number of 0 or more");
            }
        }

        if (Weights is null)
        {
            errors.Add("weights are missing");
        }
        else if (!(Weights.Total > 0) || !double.IsFinite(Weights.Total))
        {
            errors.Add("at least one weight must be above 0");
        }

        if (!(EpssPocThreshold > 0 && EpssPocThreshold <= 1))
        {
            errors.Add("the EPSS public PoC threshold must be above 0 and at most 1");
        }

        if (UnsetSegmentCountsAs is not (SegmentExposure.Small or SegmentExposure.Controlled or SegmentExposure.Open))
        {
            errors.Add("an unassessed segment must count as small, controlled or open");
        }

        if (!Enum.IsDefined(UnknownAutomatableCountsAs))
        {
            errors.Add("an unknown Automatable must count as yes or no");
        }

        if (!Enum.IsDefined(UnknownCriticalityCountsAs))
        {
            errors.Add("an unknown clinical criticality must count as low, medium, high or life-critical");
        }

        if (DeviceCountSaturation < 1)
        {
            errors.Add("the device count saturation must be at least 1");
        }

        return errors;
    }

    /// <exception cref="ArgumentException">The settings are not valid.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid())
        {
            throw new ArgumentException("invalid risk settings: " + string.Join("; ", Validate()));
        }
    }

    /// <summary>The checks of <see cref="Validate"/> without building messages, cheap enough to run per ranking.</summary>
    internal bool IsValid() =>
        Weights is { } w
        && Valid(w.CvssBase) && Valid(w.EpssPercentile) && Valid(w.Kev) && Valid(w.ClinicalCriticality)
        && Valid(w.PatientConnected) && Valid(w.StoresPhi) && Valid(w.ExposedDevices)
        && w.Total > 0 && double.IsFinite(w.Total)
        && EpssPocThreshold > 0 && EpssPocThreshold <= 1
        && UnsetSegmentCountsAs is SegmentExposure.Small or SegmentExposure.Controlled or SegmentExposure.Open
        && UnknownAutomatableCountsAs is Automatable.No or Automatable.Yes
        && UnknownCriticalityCountsAs is >= ClinicalCriticality.Low and <= ClinicalCriticality.LifeCritical
        && DeviceCountSaturation >= 1;

    private static bool Valid(double weight) => double.IsFinite(weight) && weight >= 0;
}
