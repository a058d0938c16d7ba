namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// The four VEX statuses (CISA minimum requirements for VEX). CycloneDX analysis states map onto them:
/// exploitable → affected, resolved and resolved_with_pedigree → fixed, not_affected and false_positive →
/// not affected, in_triage → under investigation.
/// </summary>
public enum VexStatus
{
    Affected,
    NotAffected,
    Fixed,
    UnderInvestigation,
}
