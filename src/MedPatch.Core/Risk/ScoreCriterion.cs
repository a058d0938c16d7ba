namespace MedPatch.Core.Risk;

/// <summary>The criteria of the priority score, in the order explanations list them.</summary>
public enum ScoreCriterion
{
    CvssBase,
    EpssPercentile,
    Kev,
    ClinicalCriticality,
    PatientConnected,
    StoresPhi,
    ExposedDevices,
}
