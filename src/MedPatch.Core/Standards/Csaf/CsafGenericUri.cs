namespace MedPatch.Core.Standards.Csaf;

/// <summary>A vendor-specific or not yet supported identifier (section 3.1.3.3.8).</summary>
public sealed record CsafGenericUri(string Namespace, string Uri);
