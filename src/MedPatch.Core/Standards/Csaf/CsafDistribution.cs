namespace MedPatch.Core.Standards.Csaf;

/// <summary>Sharing rules of the document (section 3.2.1.5).</summary>
public sealed record CsafDistribution(string? Text, CsafTlp? Tlp);

/// <summary>Traffic Light Protocol marking; the standard's default URL is https://www.first.org/tlp/.</summary>
public sealed record CsafTlp(CsafTlpLabel Label, string? Url);
