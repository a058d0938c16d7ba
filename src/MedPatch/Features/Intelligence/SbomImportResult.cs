namespace MedPatch.Features.Intelligence;

/// <summary>The outcome of <c>import sbom</c>; serialised as the <c>--json</c> output.</summary>
/// <param name="Unchanged">This SBOM is already the model's current one: nothing was written.</param>
/// <param name="Replaced">A different SBOM was current for the model and version: its components were replaced (its document is kept).</param>
public sealed record SbomImportResult(
    string File,
    string Manufacturer,
    string Model,
    string? Version,
    string Format,
    string SpecVersion,
    int Components,
    int Dependencies,
    int VexStatements,
    bool Unchanged,
    bool Replaced,
    IReadOnlyList<string> Findings);
