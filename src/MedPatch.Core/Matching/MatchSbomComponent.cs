namespace MedPatch.Core.Matching;

/// <summary>
/// A component listed by the SBOM of a device model; <see cref="ModelVersion"/> is set when the SBOM describes one
/// software version of the model only, and then replaces the model's version-less SBOM for devices on that version.
/// </summary>
public sealed record MatchSbomComponent(Guid ModelId, string? ModelVersion, string Name, string? Version, string? Purl, string? Cpe);
