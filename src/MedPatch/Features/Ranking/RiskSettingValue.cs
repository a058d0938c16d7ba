namespace MedPatch.Features.Ranking;

/// <summary>One setting as shown: its value, the default and whether the organization left it at the default.</summary>
public sealed record RiskSettingValue(string Name, string Label, object Value, object DefaultValue, bool IsDefault);
