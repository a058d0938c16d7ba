namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// A name/value pair attached to a component. Medical device SBOMs carry the FDA premarket guidance facts this way,
/// for example <c>End-of-Support</c> or <c>Level of Support</c>.
/// </summary>
public sealed record SbomProperty(string Name, string? Value);
