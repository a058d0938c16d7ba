namespace MedPatch.Core.Standards.Sbom;

/// <summary>The bill-of-materials standard a document was written in.</summary>
public enum SbomFormat
{
    CycloneDx,
    Spdx,
}
