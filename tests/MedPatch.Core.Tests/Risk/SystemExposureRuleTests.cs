using MedPatch.Core.Organizations;
using MedPatch.Core.Risk;

namespace MedPatch.Core.Tests.Risk;

public sealed class SystemExposureRuleTests
{
    private static readonly RiskSettings Settings = RiskSettings.Default;

    [Theory]
    [InlineData(SegmentExposure.Small, MitigationEffect.None, SystemExposure.Small)]
    [InlineData(SegmentExposure.Controlled, MitigationEffect.None, SystemExposure.Controlled)]
    [InlineData(SegmentExposure.Open, MitigationEffect.None, SystemExposure.Open)]
    [InlineData(SegmentExposure.Unset, MitigationEffect.None, SystemExposure.Open)]
    [InlineData(SegmentExposure.Open, MitigationEffect.Restricts, SystemExposure.Controlled)]
    [InlineData(SegmentExposure.Unset, MitigationEffect.Restricts, SystemExposure.Controlled)]
    [InlineData(SegmentExposure.Controlled, MitigationEffect.Restricts, SystemExposure.Controlled)]
    [InlineData(SegmentExposure.Small, MitigationEffect.Restricts, SystemExposure.Small)]
    [InlineData(SegmentExposure.Open, MitigationEffect.Isolates, SystemExposure.Small)]
    [InlineData(SegmentExposure.Unset, MitigationEffect.Isolates, SystemExposure.Small)]
    [InlineData(SegmentExposure.Controlled, MitigationEffect.Isolates, SystemExposure.Small)]
    public void Segment_exposure_lowered_by_mitigations(SegmentExposure segment, MitigationEffect mitigation, SystemExposure expected) =>
        Assert.Equal(expected, SystemExposureRule.Derive(segment, mitigation, Settings).Value);

    [Fact]
    public void An_unassessed_segment_counts_as_open_by_default_and_says_so()
    {
        var derived = SystemExposureRule.Derive(SegmentExposure.Unset, MitigationEffect.None, Settings);
        Assert.Equal(RiskReason.SegmentUnset, derived.Rule);
        Assert.Equal("the network segment's exposure is not assessed; counted as open by the settings", derived.Reason);
    }

    [Fact]
    public void What_an_unassessed_segment_counts_as_is_a_setting()
    {
        var settings = Settings with { UnsetSegmentCountsAs = SegmentExposure.Controlled };
        Assert.Equal(SystemExposure.Controlled, SystemExposureRule.Derive(SegmentExposure.Unset, MitigationEffect.None, settings).Value);

        // An assessed segment is never affected by that setting.
        Assert.Equal(SystemExposure.Open, SystemExposureRule.Derive(SegmentExposure.Open, MitigationEffect.None, settings).Value);
    }

    [Fact]
    public void Mitigation_reasons_name_the_segment()
    {
        Assert.Equal(
            "an active, verified isolating mitigation makes it small (segment: not assessed, counted as open)",
            SystemExposureRule.Derive(SegmentExposure.Unset, MitigationEffect.Isolates, Settings).Reason);
        Assert.Equal(
            "an active, verified restricting mitigation lowers the exposure to controlled (segment: open)",
            SystemExposureRule.Derive(SegmentExposure.Open, MitigationEffect.Restricts, Settings).Reason);
        Assert.Equal(
            "an active, verified restricting mitigation does not lower the exposure below controlled (segment: controlled)",
            SystemExposureRule.Derive(SegmentExposure.Controlled, MitigationEffect.Restricts, Settings).Reason);
        Assert.Equal("the network segment's exposure is small", SystemExposureRule.Derive(SegmentExposure.Small, MitigationEffect.None, Settings).Reason);
    }
}
