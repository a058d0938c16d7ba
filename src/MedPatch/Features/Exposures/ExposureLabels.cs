using System.Text.Json;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Exposures;

/// <summary>Enum values as the command line and JSON write them: affected, model_version_range, out_of_cycle.</summary>
internal static class ExposureLabels
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>"unranked" for exposures that ask for no action (resolved, suppressed).</summary>
    public static string Of(DeployerDecision? decision) => decision is { } d ? Of(d) : "unranked";
}
