namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// Limits that keep a hostile or broken upload from exhausting memory or the stack. The largest real SBOMs seen
/// (tens of thousands of components) stay far below them.
/// </summary>
public static class SbomLimits
{
    /// <summary>Maximum size of one document.</summary>
    public const int MaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>Maximum nesting of JSON objects/arrays or XML elements.</summary>
    public const int MaxDepth = 64;

    /// <summary>Maximum length of one string value (in UTF-8 bytes for JSON, characters for XML); embedded license texts fit.</summary>
    public const int MaxStringLength = 4 * 1024 * 1024;
}
