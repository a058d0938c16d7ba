using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>The mapping of CycloneDX impact-analysis states onto the four VEX statuses.</summary>
public static class CycloneDxVex
{
    /// <summary>Null for an absent or unknown state.</summary>
    public static VexStatus? Status(string? analysisState) => analysisState switch
    {
        "exploitable" => VexStatus.Affected,
        "resolved" or "resolved_with_pedigree" => VexStatus.Fixed,
        "not_affected" or "false_positive" => VexStatus.NotAffected,
        "in_triage" => VexStatus.UnderInvestigation,
        _ => null,
    };
}
