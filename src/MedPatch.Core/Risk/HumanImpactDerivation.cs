namespace MedPatch.Core.Risk;

/// <summary>SSVC Human Impact with the Safety Impact and Mission Impact it was combined from.</summary>
public readonly record struct HumanImpactDerivation(Derived<SafetyImpact> Safety, Derived<MissionImpact> Mission, Derived<HumanImpact> Human);
