namespace MedPatch.Features.Intelligence;

/// <summary>An SBOM that cannot be imported as asked: unknown model, or a file that is no SBOM.</summary>
public sealed class SbomImportException : Exception
{
    public SbomImportException()
    {
    }

    public SbomImportException(string message)
        : base(message)
    {
    }

    public SbomImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
