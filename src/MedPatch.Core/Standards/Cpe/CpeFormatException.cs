namespace MedPatch.Core.Standards.Cpe;

/// <summary>A CPE binding or value that violates NIST IR 7695; the message names the offending component.</summary>
public sealed class CpeFormatException : FormatException
{
    public CpeFormatException()
    {
    }

    public CpeFormatException(string message)
        : base(message)
    {
    }

    public CpeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
