namespace MedPatch.Core.Devices;

/// <summary>How much patient care depends on the device; feeds SSVC Human Impact.</summary>
public enum ClinicalCriticality
{
    Low,
    Medium,
    High,

    /// <summary>Life-sustaining or life-supporting (ventilators, infusion of critical drugs, defibrillators).</summary>
    LifeCritical,
}
