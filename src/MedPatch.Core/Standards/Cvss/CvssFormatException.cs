namespace MedPatch.Core.Standards.Cvss;

/// <summary>A CVSS vector string that does not follow its specification; the message names the metric.</summary>
public sealed class CvssFormatException : FormatException
{
    public CvssFormatException()
    {
    }

    public CvssFormatException(string message)
        : base(message)
    {
    }

    public CvssFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
