namespace MedPatch.Core.Risk;

/// <summary>
/// SSVC Human Impact v2.0.2 from Safety Impact v2.0.1 and Mission Impact v2.0.0, as SSVC's Human Impact decision
/// table v1.0.0 lays it out. (That table, not the prose of the value definitions, is the reference where the two
/// differ: for marginal safety with an MEF failure it says medium.)
/// </summary>
public static class HumanImpactTable
{
    /// <summary>Rows by safety impact, columns by mission impact (degraded, MEF support crippled, MEF failure, mission failure).</summary>
    private static readonly HumanImpact[,] Table =
    {
        { HumanImpact.Low, HumanImpact.Low, HumanImpact.Medium, HumanImpact.VeryHigh }, // negligible
        { HumanImpact.Low, HumanImpact.Low, HumanImpact.Medium, HumanImpact.VeryHigh }, // marginal
        { HumanImpact.Medium, HumanImpact.High, HumanImpact.High, HumanImpact.VeryHigh }, // critical
        { HumanImpact.VeryHigh, HumanImpact.VeryHigh, HumanImpact.VeryHigh, HumanImpact.VeryHigh }, // catastrophic
    };

    public static HumanImpact Combine(SafetyImpact safety, MissionImpact mission) => Table[(int)safety, (int)mission];
}
