namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// The outcome of reading a document: either <see cref="Document"/> or at least one entry in <see cref="Errors"/>.
/// <see cref="Findings"/> lists where a readable document breaks its standard (CycloneDX schema rules); such a
/// document is still returned because real-world SBOMs often bend the rules in ways that do not hide their content.
/// </summary>
public sealed record SbomReadResult(SbomDocument? Document, IReadOnlyList<SbomError> Errors, IReadOnlyList<SbomError> Findings)
{
    public bool Succeeded => Document is not null;

    internal static SbomReadResult Fail(string path, string message) => new(null, [new SbomError(path, message)], []);
}
