namespace MedPatch.Core.Risk;

/// <summary>SSVC decision point Human Impact v2.0.2 (key HI), combined from Safety Impact and Mission Impact.</summary>
public enum HumanImpact
{
    /// <summary>L</summary>
    Low,

    /// <summary>M</summary>
    Medium,

    /// <summary>H</summary>
    High,

    /// <summary>VH</summary>
    VeryHigh,
}
