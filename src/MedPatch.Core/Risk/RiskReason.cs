namespace MedPatch.Core.Risk;

/// <summary>Which rule produced a derived decision input; <see cref="Derived{T}.Reason"/> turns it into text.</summary>
public enum RiskReason
{
    KevListed,
    AdpExploitation,
    ExploitStatusActive,
    ExploitStatusPublic,
    PublicExploitRecorded,
    EpssAtOrAboveThreshold,
    NoExploitEvidence,

    AdpAutomatable,
    CvssAutomatable,
    CvssNotNetwork,
    CvssComplex,
    CvssAttackRequirements,
    CvssPrivilegesRequired,
    CvssUserInteraction,
    CvssUnusable,

    SegmentAssessed,
    SegmentUnset,
    MitigationIsolates,
    MitigationRestricts,
    MitigationRestrictsNoFurther,

    SafetyAssessed,
    SafetyFromDevice,
    MissionAssessed,
    MissionFromDevice,
    HumanImpactTable,
}
