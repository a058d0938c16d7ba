namespace MedPatch.Core.Risk;

/// <summary>
/// How much each criterion counts in the priority within a decision. Only the ratios matter: the score divides by
/// the total, so it stays between 0 and 100 whatever the admin enters. The defaults add up to 100 so that each reads
/// as the most points a criterion can give.
/// </summary>
public sealed record RiskWeights
{
    /// <summary>CVSS base score / 10. Severity of the flaw itself.</summary>
    public double CvssBase { get; init; } = 25;

    /// <summary>EPSS percentile. Likelihood of exploitation relative to all other CVEs.</summary>
    public double EpssPercentile { get; init; } = 20;

    /// <summary>Listed in KEV. Already in the decision via Exploitation, weighted again because known attacks come first.</summary>
    public double Kev { get; init; } = 15;

    /// <summary>Clinical criticality: low 0, medium 1/3, high 2/3, life-critical 1.</summary>
    public double ClinicalCriticality { get; init; } = 20;

    /// <summary>The device is connected to a patient.</summary>
    public double PatientConnected { get; init; } = 5;

    /// <summary>The device stores protected health information.</summary>
    public double StoresPhi { get; init; } = 5;

    /// <summary>How many devices of the model are exposed, on a log scale up to <see cref="RiskSettings.DeviceCountSaturation"/>.</summary>
    public double ExposedDevices { get; init; } = 10;

    public double Total => CvssBase + EpssPercentile + Kev + ClinicalCriticality + PatientConnected + StoresPhi + ExposedDevices;

    /// <summary>The weight of one criterion.</summary>
    public double Of(ScoreCriterion criterion) => criterion switch
    {
        ScoreCriterion.CvssBase => CvssBase,
        ScoreCriterion.EpssPercentile => EpssPercentile,
        ScoreCriterion.Kev => Kev,
        ScoreCriterion.ClinicalCriticality => ClinicalCriticality,
        ScoreCriterion.PatientConnected => PatientConnected,
        ScoreCriterion.StoresPhi => StoresPhi,
        ScoreCriterion.ExposedDevices => ExposedDevices,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };
}
