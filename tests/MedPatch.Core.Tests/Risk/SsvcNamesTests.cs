using System.Text.Json;
using MedPatch.Core.Risk;

namespace MedPatch.Core.Tests.Risk;

/// <summary>Our value names and keys must be the ones SSVC's decision point definitions use, in their order.</summary>
public sealed class SsvcNamesTests
{
    [Fact]
    public void Exploitation_matches_its_definition() =>
        AssertMatches<Exploitation>("exploitation_1_1_0.json", "Exploitation", "E", SsvcNames.Key, SsvcNames.Name);

    [Fact]
    public void System_exposure_matches_its_definition() =>
        AssertMatches<SystemExposure>("system_exposure_1_0_1.json", "System Exposure", "EXP", SsvcNames.Key, SsvcNames.Name);

    [Fact]
    public void Automatable_matches_its_definition() =>
        AssertMatches<Automatable>("automatable_2_0_0.json", "Automatable", "A", SsvcNames.Key, SsvcNames.Name);

    [Fact]
    public void Safety_impact_matches_its_definition() =>
        AssertMatches<SafetyImpact>("safety_impact_2_0_1.json", "Safety Impact", "SI", SsvcNames.Key, SsvcNames.Name);

    [Fact]
    public void Mission_impact_matches_its_definition() =>
        AssertMatches<MissionImpact>("mission_impact_2_0_0.json", "Mission Impact", "MI", SsvcNames.Key, SsvcNames.Name);

    [Fact]
    public void Human_impact_matches_its_definition() =>
        AssertMatches<HumanImpact>("human_impact_2_0_2.json", "Human Impact", "HI", SsvcNames.Key, SsvcNames.Name);

    [Fact]
    public void Deployer_decision_matches_its_definition() =>
        AssertMatches<DeployerDecision>(
            "defer_scheduled_out_of_cycle_immediate_1_0_0.json", "Defer, Scheduled, Out-of-Cycle, Immediate", "DSOI", SsvcNames.Key, SsvcNames.Name);

    [Theory]
    [InlineData("poc", Exploitation.PublicPoc)]
    [InlineData("POC", Exploitation.PublicPoc)]
    [InlineData("none", Exploitation.None)]
    [InlineData("active", Exploitation.Active)]
    [InlineData("public poc", Exploitation.PublicPoc)]
    [InlineData("P", Exploitation.PublicPoc)]
    public void Parses_cisa_vulnrichment_words_keys_and_names(string text, Exploitation expected)
    {
        Assert.True(SsvcNames.TryParse(text, out Exploitation value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Keys_are_case_sensitive_and_unknown_words_fail()
    {
        Assert.True(SsvcNames.TryParse("M", out SafetyImpact marginal));
        Assert.Equal(SafetyImpact.Marginal, marginal);
        Assert.False(SsvcNames.TryParse("r", out SafetyImpact _));
        Assert.False(SsvcNames.TryParse("maybe", out Automatable _));
        Assert.False(SsvcNames.TryParse(null, out HumanImpact _));
    }

    private static void AssertMatches<T>(string file, string name, string key, Func<T, string> keyOf, Func<T, string> nameOf)
        where T : struct, Enum
    {
        var path = Path.Combine(SharedData.Require("ssvc/json/decision_points/ssvc"), file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        Assert.Equal(name, root.GetProperty("name").GetString());
        Assert.Equal(key, root.GetProperty("key").GetString());

        var values = root.GetProperty("values").EnumerateArray().ToList();
        var ours = Enum.GetValues<T>();
        Assert.Equal(values.Count, ours.Length);
        for (var i = 0; i < ours.Length; i++)
        {
            Assert.Equal(values[i].GetProperty("key").GetString(), keyOf(ours[i]));
            Assert.Equal(values[i].GetProperty("name").GetString(), nameOf(ours[i]));
        }
    }
}
