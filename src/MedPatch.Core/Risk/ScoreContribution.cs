using System.Globalization;

namespace MedPatch.Core.Risk;

/// <summary>One line of a priority explanation: what the criterion read, how it normalised, its weight and points.</summary>
/// <param name="Value">The input as a person reads it ("9.8", "unknown (counted as yes)").</param>
/// <param name="Normalized">The input on a 0 to 1 scale.</param>
/// <param name="Weight">The weight from the settings.</param>
/// <param name="Points">Normalized × weight, scaled so that all points add up to the priority (0 to 100).</param>
public readonly record struct ScoreContribution(ScoreCriterion Criterion, string Value, double Normalized, double Weight, double Points)
{
    public string Name => Criterion switch
    {
        ScoreCriterion.CvssBase => "CVSS base score",
        ScoreCriterion.EpssPercentile => "EPSS percentile",
        ScoreCriterion.Kev => "in KEV",
        ScoreCriterion.ClinicalCriticality => "clinical criticality",
        ScoreCriterion.PatientConnected => "patient-connected",
        ScoreCriterion.StoresPhi => "stores PHI",
        ScoreCriterion.ExposedDevices => "exposed devices of the model",
        _ => Criterion.ToString(),
    };

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: {Value} → {Normalized:0.###} × weight {Weight:0.###} = {Points:0.##} points");
}
