namespace MedPatch.Core.Standards.Kev;

/// <summary>A KEV catalog that does not follow CISA's schema; the message names the JSON path.</summary>
public sealed class KevFormatException : FormatException
{
    public KevFormatException()
    {
    }

    public KevFormatException(string message)
        : base(message)
    {
    }

    public KevFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
