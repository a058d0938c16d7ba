using System.Text.Json;
using MedPatch.Core.Risk;

namespace MedPatch.Core.Tests.Risk;

/// <summary>Our deployer table must give CERT/CC's outcome for every row of its published SSVC data.</summary>
public sealed class DeployerDecisionTableTests
{
    [Fact]
    public void Every_row_of_the_published_csv_gives_the_same_decision()
    {
        var (header, rows) = SsvcCsv.Read("deployer_patch_application_priority_1_0_0.csv");
        Assert.Equal(
            ["row", "Exploitation v1.1.0", "System Exposure v1.0.1", "Automatable v2.0.0", "Human Impact v2.0.2", "Defer, Scheduled, Out-of-Cycle, Immediate v1.0.0"],
            header);

        var seen = new HashSet<(Exploitation, SystemExposure, Automatable, HumanImpact)>();
        foreach (var row in rows)
        {
            Assert.True(SsvcNames.TryParse(row[1], out Exploitation e), row[1]);
            Assert.True(SsvcNames.TryParse(row[2], out SystemExposure x), row[2]);
            Assert.True(SsvcNames.TryParse(row[3], out Automatable a), row[3]);
            Assert.True(SsvcNames.TryParse(row[4], out HumanImpact h), row[4]);
            Assert.True(SsvcNames.TryParse(row[5], out DeployerDecision expected), row[5]);

            var actual = DeployerDecisionTable.Decide(e, x, a, h);
            Assert.True(expected == actual, $"row {row[0]} ({string.Join(", ", row[1..5])}): expected {row[5]}, got {SsvcNames.Label(actual)}");
            Assert.True(seen.Add((e, x, a, h)), "row " + row[0] + " repeats a combination");
        }

        // 3 × 3 × 2 × 4: the CSV covers every combination once, so our table is fully checked.
        Assert.Equal(72, seen.Count);
    }

    [Fact]
    public void Every_mapping_of_the_published_json_table_gives_the_same_decision()
    {
        var path = Path.Combine(SharedData.Require("ssvc/json/decision_tables/ssvc"), "deployer_patch_application_priority_1_0_0.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        Assert.Equal("ssvc:DSOI:1.0.0", root.GetProperty("outcome").GetString());

        var count = 0;
        foreach (var mapping in root.GetProperty("mapping").EnumerateArray())
        {
            count++;
            var e = Enum.GetValues<Exploitation>().Single(v => SsvcNames.Key(v) == mapping.GetProperty("ssvc:E:1.1.0").GetString());
            var x = Enum.GetValues<SystemExposure>().Single(v => SsvcNames.Key(v) == mapping.GetProperty("ssvc:EXP:1.0.1").GetString());
            var a = Enum.GetValues<Automatable>().Single(v => SsvcNames.Key(v) == mapping.GetProperty("ssvc:A:2.0.0").GetString());
            var h = Enum.GetValues<HumanImpact>().Single(v => SsvcNames.Key(v) == mapping.GetProperty("ssvc:HI:2.0.2").GetString());
            Assert.Equal(mapping.GetProperty("ssvc:DSOI:1.0.0").GetString(), SsvcNames.Key(DeployerDecisionTable.Decide(e, x, a, h)));
        }

        Assert.Equal(72, count);
    }

    [Fact]
    public void Raising_any_one_input_never_lowers_the_decision()
    {
        foreach (var e in Enum.GetValues<Exploitation>())
        {
            foreach (var x in Enum.GetValues<SystemExposure>())
            {
                foreach (var a in Enum.GetValues<Automatable>())
                {
                    foreach (var h in Enum.GetValues<HumanImpact>())
                    {
                        var decision = DeployerDecisionTable.Decide(e, x, a, h);
                        if (e < Exploitation.Active)
                        {
                            Assert.True(DeployerDecisionTable.Decide(e + 1, x, a, h) >= decision);
                        }

                        if (x < SystemExposure.Open)
                        {
                            Assert.True(DeployerDecisionTable.Decide(e, x + 1, a, h) >= decision);
                        }

                        if (a < Automatable.Yes)
                        {
                            Assert.True(DeployerDecisionTable.Decide(e, x, a + 1, h) >= decision);
                        }

                        if (h < HumanImpact.VeryHigh)
                        {
                            Assert.True(DeployerDecisionTable.Decide(e, x, a, h + 1) >= decision);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(Exploitation.Active, SystemExposure.Open, Automatable.Yes, HumanImpact.VeryHigh, DeployerDecision.Immediate)]
    [InlineData(Exploitation.None, SystemExposure.Small, Automatable.No, HumanImpact.Low, DeployerDecision.Defer)]
    [InlineData(Exploitation.PublicPoc, SystemExposure.Controlled, Automatable.Yes, HumanImpact.VeryHigh, DeployerDecision.OutOfCycle)]
    [InlineData(Exploitation.Active, SystemExposure.Small, Automatable.No, HumanImpact.Low, DeployerDecision.Scheduled)]
    public void Corners_of_the_table(Exploitation e, SystemExposure x, Automatable a, HumanImpact h, DeployerDecision expected) =>
        Assert.Equal(expected, DeployerDecisionTable.Decide(e, x, a, h));
}
