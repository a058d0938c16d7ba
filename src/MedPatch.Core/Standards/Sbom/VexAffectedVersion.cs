namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// A version or version range (vers or free text) of the target <paramref name="Ref"/> that a vulnerability entry
/// names, with its status as written (affected, unaffected or unknown; CycloneDX's default is affected).
/// </summary>
public sealed record VexAffectedVersion(string Ref, string? Version, string? Range, string Status);
