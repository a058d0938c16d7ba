using MedPatch.Core.Devices;
using MedPatch.Core.Risk;

namespace MedPatch.Core.Tests.Risk;

public sealed class HumanImpactRuleTests
{
    private static readonly RiskSettings Settings = RiskSettings.Default;

    [Theory]
    [InlineData(ClinicalCriticality.LifeCritical, true, false, SafetyImpact.Catastrophic, MissionImpact.MefFailure, HumanImpact.VeryHigh)]
    [InlineData(ClinicalCriticality.LifeCritical, false, false, SafetyImpact.Critical, MissionImpact.MefFailure, HumanImpact.High)]
    [InlineData(ClinicalCriticality.High, true, false, SafetyImpact.Critical, MissionImpact.MefFailure, HumanImpact.High)]
    [InlineData(ClinicalCriticality.High, false, true, SafetyImpact.Marginal, MissionImpact.MefFailure, HumanImpact.Medium)]
    [InlineData(ClinicalCriticality.Medium, true, false, SafetyImpact.Marginal, MissionImpact.MefSupportCrippled, HumanImpact.Low)]
    [InlineData(ClinicalCriticality.Medium, false, false, SafetyImpact.Negligible, MissionImpact.MefSupportCrippled, HumanImpact.Low)]
    [InlineData(ClinicalCriticality.Low, false, false, SafetyImpact.Negligible, MissionImpact.Degraded, HumanImpact.Low)]
    [InlineData(ClinicalCriticality.Low, false, true, SafetyImpact.Negligible, MissionImpact.MefSupportCrippled, HumanImpact.Low)]
    public void Derives_safety_and_mission_from_the_device(
        ClinicalCriticality criticality, bool connected, bool phi, SafetyImpact safety, MissionImpact mission, HumanImpact human)
    {
        var derived = HumanImpactRule.Derive(new RiskInputs { ClinicalCriticality = criticality, PatientConnected = connected, StoresPhi = phi }, Settings);
        Assert.Equal(safety, derived.Safety.Value);
        Assert.Equal(mission, derived.Mission.Value);
        Assert.Equal(human, derived.Human.Value);
        Assert.Equal(HumanImpactTable.Combine(safety, mission), derived.Human.Value);
    }

    [Fact]
    public void Reasons_name_the_device_facts()
    {
        var derived = HumanImpactRule.Derive(
            new RiskInputs { ClinicalCriticality = ClinicalCriticality.LifeCritical, PatientConnected = true, StoresPhi = false }, Settings);
        Assert.Equal("clinical criticality life-critical, patient-connected → safety impact catastrophic", derived.Safety.Reason);
        Assert.Equal("clinical criticality life-critical, no PHI → mission impact mef failure", derived.Mission.Reason);
        Assert.Equal("safety impact catastrophic, mission impact mef failure → human impact very high", derived.Human.Reason);
    }

    [Fact]
    public void Unknown_device_facts_count_conservatively()
    {
        var derived = HumanImpactRule.Derive(new RiskInputs(), Settings);

        // Unknown criticality counts as high, an unknown patient connection as connected.
        Assert.Equal(SafetyImpact.Critical, derived.Safety.Value);
        Assert.Equal(MissionImpact.MefFailure, derived.Mission.Value);
        Assert.Equal(HumanImpact.High, derived.Human.Value);
        Assert.Equal(
            "clinical criticality unknown (counted as high), patient connection unknown (counted as connected) → safety impact critical",
            derived.Safety.Reason);

        var lifeCritical = HumanImpactRule.Derive(new RiskInputs(), Settings with { UnknownCriticalityCountsAs = ClinicalCriticality.LifeCritical });
        Assert.Equal(HumanImpact.VeryHigh, lifeCritical.Human.Value);
    }

    [Fact]
    public void Assessed_values_replace_the_derived_ones()
    {
        var derived = HumanImpactRule.Derive(
            new RiskInputs
            {
                ClinicalCriticality = ClinicalCriticality.Low,
                PatientConnected = false,
                AssessedSafetyImpact = SafetyImpact.Critical,
                AssessedMissionImpact = MissionImpact.MissionFailure,
            },
            Settings);
        Assert.Equal(HumanImpact.VeryHigh, derived.Human.Value);
        Assert.Equal("assessed safety impact critical", derived.Safety.Reason);
        Assert.Equal("assessed mission impact mission failure", derived.Mission.Reason);
    }

    [Fact]
    public void More_critical_devices_never_get_a_lower_human_impact()
    {
        foreach (var connected in new[] { false, true })
        {
            foreach (var phi in new[] { false, true })
            {
                var previous = HumanImpact.Low;
                foreach (var criticality in Enum.GetValues<ClinicalCriticality>())
                {
                    var human = HumanImpactRule.Derive(new RiskInputs { ClinicalCriticality = criticality, PatientConnected = connected, StoresPhi = phi }, Settings).Human.Value;
                    Assert.True(human >= previous, $"{criticality} connected={connected} phi={phi}");
                    previous = human;
                }
            }
        }
    }
}
