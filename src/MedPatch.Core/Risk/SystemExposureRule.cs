using MedPatch.Core.Organizations;

namespace MedPatch.Core.Risk;

/// <summary>
/// SSVC System Exposure from the device's network segment, lowered by the strongest active, verified mitigation.
/// An isolating control leaves only local access (small); a restricting one is what SSVC calls controlled, so it
/// lowers open to controlled and nothing further, since "small" needs a highly controlled network, not a filter.
/// An unassessed segment counts as <see cref="RiskSettings.UnsetSegmentCountsAs"/> (open by default).
/// </summary>
public static class SystemExposureRule
{
    /// <summary>How the segment reads in reasons, by segment exposure (Unset, Small, Controlled, Open) × counted-as.</summary>
    private static readonly string[,] SegmentText = Describe();

    public static Derived<SystemExposure> Derive(SegmentExposure segment, MitigationEffect mitigation, RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var unset = segment is not (SegmentExposure.Small or SegmentExposure.Controlled or SegmentExposure.Open);
        var counted = ToSystemExposure(unset ? settings.UnsetSegmentCountsAs : segment);
        var row = unset ? 0 : (int)segment;
        switch (mitigation)
        {
            case MitigationEffect.Isolates:
                return new(SystemExposure.Small, RiskReason.MitigationIsolates, SegmentText[row, (int)counted]);
            case MitigationEffect.Restricts when counted == SystemExposure.Open:
                return new(SystemExposure.Controlled, RiskReason.MitigationRestricts, SegmentText[row, (int)counted]);
            case MitigationEffect.Restricts:
                return new(counted, RiskReason.MitigationRestrictsNoFurther, SegmentText[row, (int)counted]);
            default:
                return new(counted, unset ? RiskReason.SegmentUnset : RiskReason.SegmentAssessed);
        }
    }

    private static SystemExposure ToSystemExposure(SegmentExposure segment) => segment switch
    {
        SegmentExposure.Small => SystemExposure.Small,
        SegmentExposure.Controlled => SystemExposure.Controlled,
        _ => SystemExposure.Open,
    };

    private static string[,] Describe()
    {
        var text = new string[4, 3];
        for (var counted = 0; counted < 3; counted++)
        {
            var label = SsvcNames.Label((SystemExposure)counted);
            text[0, counted] = "not assessed, counted as " + label;
            for (var row = 1; row < 4; row++)
            {
                text[row, counted] = SsvcNames.Label((SystemExposure)(row - 1));
            }
        }

        return text;
    }
}
