namespace MedPatch.Core.Risk;

/// <summary>
/// What the strongest active, verified mitigation on a device does to its reachability. Unverified or expired
/// mitigations count as <see cref="None"/>: SSVC lets a mitigation lower System Exposure only when it reliably
/// interrupts an attack, which nobody has shown for a control nobody checked.
/// </summary>
public enum MitigationEffect
{
    None,

    /// <summary>Narrows who can reach the device (firewall rule, service disabled, access list): open becomes controlled.</summary>
    Restricts,

    /// <summary>Cuts the device off from other networks (disconnected, isolated VLAN without routes): exposure becomes small.</summary>
    Isolates,
}
