namespace MedPatch.Core.Risk;

/// <summary>SSVC decision point Mission Impact v2.0.0 (key MI): the effect on the organisation's mission essential functions.</summary>
public enum MissionImpact
{
    /// <summary>D: little to no impact up to degradation of non-essential functions.</summary>
    Degraded,

    /// <summary>MSC: activities that directly support essential functions are crippled.</summary>
    MefSupportCrippled,

    /// <summary>MEF: one mission essential function fails for longer than acceptable.</summary>
    MefFailure,

    /// <summary>MF: multiple or all mission essential functions fail.</summary>
    MissionFailure,
}
