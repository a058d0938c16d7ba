namespace MedPatch.Core.Standards.Vers;

/// <summary>A string that is not a valid (or, for canonical parsing, not a canonical) vers range.</summary>
public sealed class VersRangeException : FormatException
{
    public VersRangeException(string message)
        : base(message)
    {
    }

    public VersRangeException()
    {
    }

    public VersRangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
