namespace MedPatch.Core.Matching;

/// <summary>
/// The evidence an exposure rests on: the model and the device version in the statement's range, the model alone
/// (the statement covers all versions, or the version cannot be compared), an SBOM component, or a CPE name.
/// </summary>
public enum MatchRule
{
    ModelVersionRange,
    ModelOnly,
    SbomComponent,
    Cpe,
}
