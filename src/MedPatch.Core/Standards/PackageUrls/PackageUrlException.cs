namespace MedPatch.Core.Standards.PackageUrls;

/// <summary>A string or a set of components that is not a valid package URL (purl-spec, "PURL specification").</summary>
public sealed class PackageUrlException : FormatException
{
    public PackageUrlException(string message)
        : base(message)
    {
    }

    public PackageUrlException()
    {
    }

    public PackageUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
