using MedPatch.Core.Mitigations;
using MedPatch.Core.Risk;
using MedPatch.Features.Devices;

namespace MedPatch.Features.Mitigations;

/// <summary>The words the command line, the JSON API and the page use for a mitigation's kind and effect.</summary>
public static class MitigationValues
{
    public static string KindNames { get; } = SnakeCaseEnum.Names<MitigationKind>();

    public static string EffectNames { get; } = SnakeCaseEnum.Names<MitigationEffect>();

    public static IReadOnlyList<MitigationKind> Kinds { get; } = Enum.GetValues<MitigationKind>();

    public static IReadOnlyList<MitigationEffect> Effects { get; } = Enum.GetValues<MitigationEffect>();

    public static string Name(Enum value) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>What an effect does to System Exposure, for help texts.</summary>
    public static string Explain(MitigationEffect effect) => effect switch
    {
        MitigationEffect.Isolates => "cuts the devices off from other networks: System Exposure becomes small",
        MitigationEffect.Restricts => "narrows who can reach the devices: open becomes controlled",
        _ => "recorded, but does not change System Exposure (monitoring, a compensating procedure)",
    };

    public static bool TryParseKind(string? text, out MitigationKind kind)
    {
        kind = default;
        return text is not null && SnakeCaseEnum.TryParse(text, out kind);
    }

    public static bool TryParseEffect(string? text, out MitigationEffect effect)
    {
        effect = default;
        return text is not null && SnakeCaseEnum.TryParse(text, out effect);
    }
}
