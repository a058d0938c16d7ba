using MedPatch.Core.Risk;
using MedPatch.Features.Ranking;

namespace MedPatch.Pages.Settings;

/// <summary>One setting's input on the risk settings page, with its help, its default and its error.</summary>
public sealed record RiskSettingInput(RiskModel Page, RiskSettingField Field, RiskSettings Current)
{
    public string? Value => Page.Values.TryGetValue(Field.Name, out var value) ? value : Field.Format(Current);

    public string Default => Field.Format(RiskSettings.Default);
}
