namespace MedPatch.Core.Intelligence;

/// <summary>Where a VEX statement was published: inside an SBOM, or as a CSAF VEX advisory.</summary>
public enum VexSource
{
    Sbom,
    CsafAdvisory,
}
