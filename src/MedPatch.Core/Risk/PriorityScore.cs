using System.Globalization;
using MedPatch.Core.Devices;

namespace MedPatch.Core.Risk;

/// <summary>
/// The priority within a decision: 100 × Σ(weight × normalised input) / Σ weights, rounded to two decimals so that
/// equal facts give exactly equal scores. Unknown device facts count as the conservative settings do in the SSVC
/// inputs (criticality as <see cref="RiskSettings.UnknownCriticalityCountsAs"/>, patient connection and PHI as
/// yes); unknown CVSS and EPSS count as 0, since the score orders by evidence and the decision already treated a
/// missing vector conservatively.
/// </summary>
public static class PriorityScore
{
    private const int CriterionCount = 7;

    public static double Compute(in RiskInputs inputs, RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var weights = settings.Weights;
        var sum = 0.0;
        for (var c = 0; c < CriterionCount; c++)
        {
            var criterion = (ScoreCriterion)c;
            sum += weights.Of(criterion) * Normalized(criterion, inputs, settings);
        }

        return Math.Round(100 * sum / weights.Total, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Each criterion's share of <see cref="Compute"/>, in <see cref="ScoreCriterion"/> order.</summary>
    public static IReadOnlyList<ScoreContribution> Explain(in RiskInputs inputs, RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var weights = settings.Weights;
        var total = weights.Total;
        var lines = new ScoreContribution[CriterionCount];
        for (var c = 0; c < CriterionCount; c++)
        {
            var criterion = (ScoreCriterion)c;
            var normalized = Normalized(criterion, inputs, settings);
            var weight = weights.Of(criterion);
            lines[c] = new(criterion, Shown(criterion, inputs, settings), normalized, weight, 100 * weight * normalized / total);
        }

        return lines;
    }

    public static double Normalized(ScoreCriterion criterion, in RiskInputs inputs, RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return criterion switch
        {
            ScoreCriterion.CvssBase => inputs.CvssBaseScore is { } cvss && double.IsFinite(cvss) ? Math.Clamp(cvss / 10, 0, 1) : 0,
            ScoreCriterion.EpssPercentile => inputs.EpssPercentile is { } p && double.IsFinite(p) ? Math.Clamp(p, 0, 1) : 0,
            ScoreCriterion.Kev => inputs.InKev ? 1 : 0,
            ScoreCriterion.ClinicalCriticality => (int)Criticality(inputs, settings) / 3.0,
            ScoreCriterion.PatientConnected => inputs.PatientConnected ?? true ? 1 : 0,
            ScoreCriterion.StoresPhi => inputs.StoresPhi ?? true ? 1 : 0,
            ScoreCriterion.ExposedDevices => inputs.ExposedDevicesOfModel <= 0
                ? 0
                : Math.Min(1, Math.Log(1.0 + inputs.ExposedDevicesOfModel) / Math.Log(1.0 + settings.DeviceCountSaturation)),
            _ => 0,
        };
    }

    private static ClinicalCriticality Criticality(in RiskInputs inputs, RiskSettings settings) =>
        inputs.ClinicalCriticality is >= ClinicalCriticality.Low and <= ClinicalCriticality.LifeCritical
            ? inputs.ClinicalCriticality.Value
            : settings.UnknownCriticalityCountsAs;

    private static string Shown(ScoreCriterion criterion, in RiskInputs inputs, RiskSettings settings) => criterion switch
    {
        ScoreCriterion.CvssBase => inputs.CvssBaseScore is { } cvss ? Number(cvss) : "unknown (counted as 0)",
        ScoreCriterion.EpssPercentile => inputs.EpssPercentile is { } p ? Number(p) : "unknown (counted as 0)",
        ScoreCriterion.Kev => inputs.InKev ? "yes" : "no",
        ScoreCriterion.ClinicalCriticality => inputs.ClinicalCriticality is >= ClinicalCriticality.Low and <= ClinicalCriticality.LifeCritical
            ? Label(inputs.ClinicalCriticality.Value)
            : "unknown (counted as " + Label(settings.UnknownCriticalityCountsAs) + ")",
        ScoreCriterion.PatientConnected => YesNo(inputs.PatientConnected),
        ScoreCriterion.StoresPhi => YesNo(inputs.StoresPhi),
        ScoreCriterion.ExposedDevices => inputs.ExposedDevicesOfModel.ToString(CultureInfo.InvariantCulture)
            + " (full weight at " + settings.DeviceCountSaturation.ToString(CultureInfo.InvariantCulture) + ")",
        _ => string.Empty,
    };

    private static string Label(ClinicalCriticality criticality) => criticality switch
    {
        ClinicalCriticality.LifeCritical => "life-critical",
        _ => criticality.ToString().ToLowerInvariant(),
    };

    private static string YesNo(bool? fact) => fact switch
    {
        true => "yes",
        false => "no",
        null => "unknown (counted as yes)",
    };

    private static string Number(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
