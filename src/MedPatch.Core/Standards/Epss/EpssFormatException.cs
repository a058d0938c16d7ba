namespace MedPatch.Core.Standards.Epss;

/// <summary>An EPSS CSV that does not follow FIRST's daily format; the message names the line.</summary>
public sealed class EpssFormatException : FormatException
{
    public EpssFormatException()
    {
    }

    public EpssFormatException(string message)
        : base(message)
    {
    }

    public EpssFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
