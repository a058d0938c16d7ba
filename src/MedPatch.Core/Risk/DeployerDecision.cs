namespace MedPatch.Core.Risk;

/// <summary>
/// The outcome of SSVC "Deployer Patch Application Priority" v1.0.0 (decision point "Defer, Scheduled, Out-of-Cycle,
/// Immediate" v1.0.0, key DSOI); a higher value is more urgent.
/// </summary>
public enum DeployerDecision
{
    /// <summary>D: do not act at present.</summary>
    Defer,

    /// <summary>S: act during regularly scheduled maintenance.</summary>
    Scheduled,

    /// <summary>O: act more quickly than usual, out of the regular cycle.</summary>
    OutOfCycle,

    /// <summary>I: act immediately, with all resources, even at the cost of normal operations.</summary>
    Immediate,
}
