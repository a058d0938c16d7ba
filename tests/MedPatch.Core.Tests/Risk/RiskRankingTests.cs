using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;
using MedPatch.Core.Risk;

namespace MedPatch.Core.Tests.Risk;

public sealed class RiskRankingTests
{
    private static readonly RiskSettings Settings = RiskSettings.Default;

    /// <summary>A KEV-listed, network-reachable flaw in a ventilator on an open segment.</summary>
    private static readonly RiskInputs Ventilator = new()
    {
        InKev = true,
        EpssScore = 0.92,
        EpssPercentile = 0.99,
        CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        CvssBaseScore = 9.8,
        SegmentExposure = SegmentExposure.Open,
        ClinicalCriticality = ClinicalCriticality.LifeCritical,
        PatientConnected = true,
        StoresPhi = true,
        ExposedDevicesOfModel = 1000,
    };

    [Fact]
    public void The_worst_case_is_immediate_with_full_priority()
    {
        var assessment = RiskRanking.Rank(Ventilator, Settings);
        Assert.Equal(DeployerDecision.Immediate, assessment.Decision);
        Assert.Equal("Exploitation=active, Exposure=open, Automatable=yes, HumanImpact=very high → immediate", assessment.Rule);
        Assert.Equal(99.3, assessment.Priority);
    }

    [Fact]
    public void Inputs_carry_values_and_reasons()
    {
        var inputs = RiskRanking.Rank(Ventilator, Settings).Inputs;
        Assert.Equal(["Exploitation", "System Exposure", "Automatable", "Human Impact", "Safety Impact", "Mission Impact"], inputs.Select(i => i.Name));
        Assert.Equal(["active", "open", "yes", "very high", "catastrophic", "mef failure"], inputs.Select(i => i.Value));
        Assert.Equal("listed in the CISA Known Exploited Vulnerabilities catalog", inputs[0].Reason);
        Assert.Equal("the network segment's exposure is open", inputs[1].Reason);
        Assert.StartsWith("CVSS CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H: network attack vector", inputs[2].Reason, StringComparison.Ordinal);
        Assert.Equal("safety impact catastrophic, mission impact mef failure → human impact very high", inputs[3].Reason);
    }

    [Fact]
    public void Explanation_lists_every_criterion_and_adds_up_to_the_priority()
    {
        var assessment = RiskRanking.Rank(Ventilator with { InKev = false, CvssBaseScore = null, StoresPhi = null }, Settings);
        var lines = assessment.Explanation;
        Assert.Equal(Enum.GetValues<ScoreCriterion>(), lines.Select(l => l.Criterion));
        Assert.Equal(assessment.Priority, Math.Round(lines.Sum(l => l.Points), 2));
        Assert.All(lines, l => Assert.Equal(Settings.Weights.Of(l.Criterion), l.Weight));

        var cvss = lines[(int)ScoreCriterion.CvssBase];
        Assert.Equal("unknown (counted as 0)", cvss.Value);
        Assert.Equal(0, cvss.Points);
        Assert.Equal("no", lines[(int)ScoreCriterion.Kev].Value);
        Assert.Equal("unknown (counted as yes)", lines[(int)ScoreCriterion.StoresPhi].Value);
        Assert.Equal("life-critical", lines[(int)ScoreCriterion.ClinicalCriticality].Value);
        Assert.Equal("EPSS percentile: 0.99 → 0.99 × weight 20 = 19.8 points", lines[(int)ScoreCriterion.EpssPercentile].ToString());
        Assert.Equal("1000 (full weight at 1000)", lines[(int)ScoreCriterion.ExposedDevices].Value);
    }

    [Fact]
    public void Weights_change_the_priority_but_not_the_decision()
    {
        var inputs = Ventilator with { InKev = false, EpssScore = 0.01, EpssPercentile = 0.2, ClinicalCriticality = ClinicalCriticality.Low, ExposedDevicesOfModel = 3 };
        var byDefault = RiskRanking.Rank(inputs, Settings);
        var cvssOnly = RiskRanking.Rank(inputs, Settings with
        {
            Weights = new RiskWeights { CvssBase = 1, EpssPercentile = 0, Kev = 0, ClinicalCriticality = 0, PatientConnected = 0, StoresPhi = 0, ExposedDevices = 0 },
        });
        Assert.Equal(byDefault.Decision, cvssOnly.Decision);
        Assert.Equal(98, cvssOnly.Priority);
        Assert.NotEqual(byDefault.Priority, cvssOnly.Priority);
    }

    [Fact]
    public void An_isolating_mitigation_lowers_the_decision()
    {
        var open = RiskRanking.Rank(Ventilator, Settings);
        var isolated = RiskRanking.Rank(Ventilator with { Mitigation = MitigationEffect.Isolates }, Settings);
        Assert.Equal(DeployerDecision.Immediate, open.Decision);
        Assert.Equal(DeployerDecision.OutOfCycle, isolated.Decision);
        Assert.Equal("Exploitation=active, Exposure=small, Automatable=yes, HumanImpact=very high → out-of-cycle", isolated.Rule);
    }

    [Fact]
    public void Unknown_facts_never_rank_lower_than_the_worst_known_ones_they_stand_for()
    {
        var unknown = RiskRanking.Rank(new RiskInputs { EpssScore = 0.001 }, Settings);
        var known = RiskRanking.Rank(
            new RiskInputs
            {
                EpssScore = 0.001,
                SegmentExposure = SegmentExposure.Open,
                CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                ClinicalCriticality = ClinicalCriticality.High,
                PatientConnected = true,
                StoresPhi = true,
            },
            Settings);
        Assert.Equal(known.Decision, unknown.Decision);
        Assert.Equal(DeployerDecision.Scheduled, unknown.Decision);
        Assert.Equal("Exploitation=none, Exposure=open, Automatable=yes, HumanImpact=high → scheduled", unknown.Rule);
    }

    [Fact]
    public void Ranking_is_deterministic_and_sorting_is_stable()
    {
        var inputs = new List<RiskInputs>();
        for (var i = 0; i < 200; i++)
        {
            inputs.Add(new RiskInputs
            {
                InKev = i % 17 == 0,
                EpssScore = (i % 10) / 20.0,
                EpssPercentile = (i % 10) / 10.0,
                CvssVector = i % 3 == 0 ? "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" : "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H",
                CvssBaseScore = i % 3 == 0 ? 9.8 : 7.8,
                SegmentExposure = (SegmentExposure)(i % 4),
                ClinicalCriticality = (ClinicalCriticality)(i % 4),
                PatientConnected = i % 2 == 0,
                StoresPhi = i % 5 == 0,
                ExposedDevicesOfModel = i % 7,
            });
        }

        var first = inputs.Select(i => RiskRanking.Rank(i, Settings)).ToList();
        var second = inputs.Select(i => RiskRanking.Rank(i, Settings)).ToList();
        Assert.Equal(first.Select(a => (a.Decision, a.Priority, a.Rule)), second.Select(a => (a.Decision, a.Priority, a.Rule)));

        var indexed = first.Select((a, i) => (Assessment: a, Index: i)).ToList();
        var sorted = indexed.OrderBy(x => x.Assessment, Comparer<RiskAssessment>.Create(RiskRanking.Compare)).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var (previous, current) = (sorted[i - 1], sorted[i]);
            Assert.True(previous.Assessment.SortKey >= current.Assessment.SortKey);
            Assert.True(previous.Assessment.Decision >= current.Assessment.Decision);
            if (previous.Assessment.SortKey == current.Assessment.SortKey)
            {
                Assert.True(previous.Index < current.Index, "equal assessments must keep their order");
            }
        }

        Assert.Contains(sorted, x => sorted.Count(y => y.Assessment.SortKey == x.Assessment.SortKey) > 1);
    }

    [Fact]
    public void Every_combination_of_decision_inputs_ranks()
    {
        var decisions = new HashSet<DeployerDecision>();
        foreach (var kev in new[] { false, true })
        {
            foreach (var segment in Enum.GetValues<SegmentExposure>())
            {
                foreach (var mitigation in Enum.GetValues<MitigationEffect>())
                {
                    foreach (var criticality in Enum.GetValues<ClinicalCriticality>())
                    {
                        var assessment = RiskRanking.Rank(
                            new RiskInputs { InKev = kev, SegmentExposure = segment, Mitigation = mitigation, ClinicalCriticality = criticality, PatientConnected = true },
                            Settings);
                        Assert.InRange(assessment.Priority, 0, 100);
                        Assert.EndsWith("→ " + SsvcNames.Label(assessment.Decision), assessment.Rule, StringComparison.Ordinal);
                        Assert.All(assessment.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
                        decisions.Add(assessment.Decision);
                    }
                }
            }
        }

        Assert.Equal(4, decisions.Count);
    }
}
