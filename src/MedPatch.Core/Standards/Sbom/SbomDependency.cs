namespace MedPatch.Core.Standards.Sbom;

/// <summary>The component <paramref name="Ref"/> depends on (or, in SPDX, contains) the components in <paramref name="DependsOn"/>.</summary>
public sealed record SbomDependency(string Ref, IReadOnlyList<string> DependsOn);
