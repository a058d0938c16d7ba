namespace MedPatch.Core.Risk;

/// <summary>SSVC decision point Automatable v2.0.0 (key A): can steps 1-4 of the kill chain be reliably automated.</summary>
public enum Automatable
{
    /// <summary>N</summary>
    No,

    /// <summary>Y</summary>
    Yes,
}
