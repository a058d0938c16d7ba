namespace MedPatch.Core.Standards.Csaf;

/// <summary>The weakness behind the vulnerability, e.g. CWE-79.</summary>
public sealed record CsafCwe(string Id, string Name);
