using System.Text.Json;
using MedPatch.Core.Risk;

namespace MedPatch.Core.Tests.Risk;

public sealed class HumanImpactTableTests
{
    [Fact]
    public void Every_row_of_the_published_csv_gives_the_same_human_impact()
    {
        var (header, rows) = SsvcCsv.Read("human_impact_1_0_0.csv");
        Assert.Equal(["row", "Safety Impact v2.0.1", "Mission Impact v2.0.0", "Human Impact v2.0.2"], header);

        var seen = new HashSet<(SafetyImpact, MissionImpact)>();
        foreach (var row in rows)
        {
            Assert.True(SsvcNames.TryParse(row[1], out SafetyImpact safety), row[1]);
            Assert.True(SsvcNames.TryParse(row[2], out MissionImpact mission), row[2]);
            Assert.True(SsvcNames.TryParse(row[3], out HumanImpact expected), row[3]);
            Assert.True(
                expected == HumanImpactTable.Combine(safety, mission),
                $"row {row[0]} ({row[1]}, {row[2]}): expected {row[3]}, got {SsvcNames.Label(HumanImpactTable.Combine(safety, mission))}");
            Assert.True(seen.Add((safety, mission)));
        }

        Assert.Equal(16, seen.Count);
    }

    [Fact]
    public void Every_mapping_of_the_published_json_table_gives_the_same_human_impact()
    {
        var path = Path.Combine(SharedData.Require("ssvc/json/decision_tables/ssvc"), "human_impact_1_0_0.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var mappings = document.RootElement.GetProperty("mapping").EnumerateArray().ToList();
        Assert.Equal(16, mappings.Count);
        foreach (var mapping in mappings)
        {
            var safety = Enum.GetValues<SafetyImpact>().Single(v => SsvcNames.Key(v) == mapping.GetProperty("ssvc:SI:2.0.1").GetString());
            var mission = Enum.GetValues<MissionImpact>().Single(v => SsvcNames.Key(v) == mapping.GetProperty("ssvc:MI:2.0.0").GetString());
            Assert.Equal(mapping.GetProperty("ssvc:HI:2.0.2").GetString(), SsvcNames.Key(HumanImpactTable.Combine(safety, mission)));
        }
    }
}
