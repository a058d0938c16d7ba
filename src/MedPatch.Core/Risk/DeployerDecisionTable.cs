namespace MedPatch.Core.Risk;

/// <summary>
/// SSVC "Deployer Patch Application Priority" v1.0.0: Exploitation × System Exposure × Automatable × Human Impact →
/// Defer / Scheduled / Out-of-Cycle / Immediate.
/// </summary>
public static class DeployerDecisionTable
{
    /// <summary>
    /// One line per Exploitation, System Exposure and Automatable; each letter is the decision for Human Impact low,
    /// medium, high and very high (D defer, S scheduled, O out-of-cycle, I immediate). The table is monotone: raising
    /// any one input never lowers the decision.
    /// </summary>
    private static readonly string[] Lines =
    [
        // Exploitation none
        "DDSS", // small, not automatable
        "DSSS", // small, automatable
        "DSSS", // controlled, not automatable
        "SSSS", // controlled, automatable
        "DSSS", // open, not automatable
        "SSSO", // open, automatable

        // Exploitation public PoC
        "DSSS",
        "SSSS",
        "DSSS",
        "SSSO",
        "SSSO",
        "SSOO",

        // Exploitation active
        "SSOO",
        "SOOO",
        "SSOO",
        "OOOO",
        "SOOI",
        "OOII",
    ];

    private static readonly DeployerDecision[] Outcomes = Expand();

    public static DeployerDecision Decide(Exploitation exploitation, SystemExposure exposure, Automatable automatable, HumanImpact humanImpact) =>
        Outcomes[(((((int)exploitation * 3) + (int)exposure) * 2) + (int)automatable) * 4 + (int)humanImpact];

    private static DeployerDecision[] Expand()
    {
        var outcomes = new DeployerDecision[Lines.Length * 4];
        for (var line = 0; line < Lines.Length; line++)
        {
            for (var column = 0; column < 4; column++)
            {
                outcomes[(line * 4) + column] = Lines[line][column] switch
                {
                    'D' => DeployerDecision.Defer,
                    'S' => DeployerDecision.Scheduled,
                    'O' => DeployerDecision.OutOfCycle,
                    'I' => DeployerDecision.Immediate,
                    var other => throw new InvalidOperationException("unknown decision letter " + other),
                };
            }
        }

        return outcomes;
    }
}
