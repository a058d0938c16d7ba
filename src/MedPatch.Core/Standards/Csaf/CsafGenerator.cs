namespace MedPatch.Core.Standards.Csaf;

/// <summary>The tool that produced the document (section 3.2.1.12.4).</summary>
public sealed record CsafGenerator(string EngineName, string? EngineVersion, DateTimeOffset? Date);
