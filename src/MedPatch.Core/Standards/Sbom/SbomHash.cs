namespace MedPatch.Core.Standards.Sbom;

/// <summary>A checksum of a component as the document states it (algorithm name as written, e.g. SHA-256 or SHA256).</summary>
public sealed record SbomHash(string Algorithm, string Value);
