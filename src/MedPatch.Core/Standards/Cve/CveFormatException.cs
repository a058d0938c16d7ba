namespace MedPatch.Core.Standards.Cve;

/// <summary>A CVE or NVD JSON document is malformed; <see cref="JsonPath"/> names where, so a feed's bad record can be found.</summary>
public sealed class CveFormatException : FormatException
{
    public CveFormatException()
        : this("$", "malformed document")
    {
    }

    public CveFormatException(string message)
        : this("$", message)
    {
    }

    public CveFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        JsonPath = "$";
    }

    public CveFormatException(string jsonPath, string message, Exception? innerException = null)
        : base($"{jsonPath}: {message}", innerException)
    {
        JsonPath = jsonPath;
    }

    public string JsonPath { get; }
}
