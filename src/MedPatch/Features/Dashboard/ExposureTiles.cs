using MedPatch.Core.Risk;
using MedPatch.Features.Exposures;

namespace MedPatch.Features.Dashboard;

/// <summary>
/// The dashboard's exposure tiles, all over the unmitigated exposures of the caller's scope (see
/// <see cref="ExposureQueries"/>): how many per SSVC decision, the models with the most exposed devices, and how many
/// sit on devices past end of support, which no patch will reach.
/// </summary>
public sealed record ExposureTiles(
    IReadOnlyDictionary<string, int> ByDecision,
    IReadOnlyList<ExposureModelSummary> TopModels,
    int Unmitigated,
    int OnUnsupportedDevices,
    int AllExposures)
{
    /// <summary>By the decision's label, as <see cref="ExposureQueries.CountByDecisionAsync"/> keys them.</summary>
    public int Of(DeployerDecision decision) => ByDecision.GetValueOrDefault(ExposureLabels.Of(decision));

    public double ShareOnUnsupported => Unmitigated == 0 ? 0 : (double)OnUnsupportedDevices / Unmitigated;
}
