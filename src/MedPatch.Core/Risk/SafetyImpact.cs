namespace MedPatch.Core.Risk;

/// <summary>SSVC decision point Safety Impact v2.0.1 (key SI), after IEC 61508 harm levels.</summary>
public enum SafetyImpact
{
    /// <summary>N: minor injuries at worst.</summary>
    Negligible,

    /// <summary>M: major injuries to one or more persons.</summary>
    Marginal,

    /// <summary>R: loss of life.</summary>
    Critical,

    /// <summary>C: multiple loss of life.</summary>
    Catastrophic,
}
