namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// One problem in an SBOM or VEX document. <paramref name="Path"/> is a JSON path (<c>$.components[3].hashes[0]</c>)
/// for JSON input, or <c>line N, position M</c> / an element path for XML input.
/// </summary>
public sealed record SbomError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
