namespace MedPatch.Core.Risk;

/// <summary>One SSVC decision input as an assessment shows it: "Exploitation", "active", "listed in …".</summary>
public readonly record struct RiskInputValue(string Name, string Value, string Reason);
