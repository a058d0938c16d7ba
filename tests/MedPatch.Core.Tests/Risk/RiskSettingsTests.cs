using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;
using MedPatch.Core.Risk;

namespace MedPatch.Core.Tests.Risk;

public sealed class RiskSettingsTests
{
    [Fact]
    public void Defaults_are_valid_and_documented_values()
    {
        var settings = RiskSettings.Default;
        Assert.Empty(settings.Validate());
        Assert.Equal(0.1, settings.EpssPocThreshold);
        Assert.Equal(SegmentExposure.Open, settings.UnsetSegmentCountsAs);
        Assert.Equal(Automatable.Yes, settings.UnknownAutomatableCountsAs);
        Assert.Equal(ClinicalCriticality.High, settings.UnknownCriticalityCountsAs);
        Assert.Equal(100, settings.Weights.Total);
    }

    public static TheoryData<string, RiskSettings> Invalid() => new()
    {
        { "weight CvssBase", RiskSettings.Default with { Weights = new RiskWeights { CvssBase = -1 } } },
        { "weight Kev", RiskSettings.Default with { Weights = new RiskWeights { Kev = double.NaN } } },
        { "weight ExposedDevices", RiskSettings.Default with { Weights = new RiskWeights { ExposedDevices = double.PositiveInfinity } } },
        {
            "at least one weight",
            RiskSettings.Default with
            {
                Weights = new RiskWeights { CvssBase = 0, EpssPercentile = 0, Kev = 0, ClinicalCriticality = 0, PatientConnected = 0, StoresPhi = 0, ExposedDevices = 0 },
            }
        },
        { "EPSS public PoC threshold", RiskSettings.Default with { EpssPocThreshold = 0 } },
        { "EPSS public PoC threshold", RiskSettings.Default with { EpssPocThreshold = 1.5 } },
        { "EPSS public PoC threshold", RiskSettings.Default with { EpssPocThreshold = double.NaN } },
        { "unassessed segment", RiskSettings.Default with { UnsetSegmentCountsAs = SegmentExposure.Unset } },
        { "unknown Automatable", RiskSettings.Default with { UnknownAutomatableCountsAs = (Automatable)7 } },
        { "unknown clinical criticality", RiskSettings.Default with { UnknownCriticalityCountsAs = (ClinicalCriticality)9 } },
        { "device count saturation", RiskSettings.Default with { DeviceCountSaturation = 0 } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_settings_are_reported_and_refused(string problem, RiskSettings settings)
    {
        var errors = settings.Validate();
        Assert.Contains(errors, e => e.Contains(problem, StringComparison.Ordinal));
        var thrown = Assert.Throws<ArgumentException>(() => RiskRanking.Rank(new RiskInputs(), settings));
        Assert.Contains(problem, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_weights_are_allowed_while_one_remains()
    {
        var settings = RiskSettings.Default with
        {
            Weights = new RiskWeights { CvssBase = 1, EpssPercentile = 0, Kev = 0, ClinicalCriticality = 0, PatientConnected = 0, StoresPhi = 0, ExposedDevices = 0 },
        };
        Assert.Empty(settings.Validate());
        Assert.Equal(98, RiskRanking.Rank(new RiskInputs { CvssBaseScore = 9.8 }, settings).Priority);
    }

    [Fact]
    public void Settings_compare_by_value()
    {
        Assert.Equal(RiskSettings.Default, new RiskSettings());
        Assert.NotEqual(RiskSettings.Default, RiskSettings.Default with { Weights = new RiskWeights { Kev = 30 } });
    }
}
