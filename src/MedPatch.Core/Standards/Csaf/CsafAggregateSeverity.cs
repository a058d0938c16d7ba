namespace MedPatch.Core.Standards.Csaf;

/// <summary>Rendering of the document's severity in the publisher's own scale (section 3.2.1.2).</summary>
public sealed record CsafAggregateSeverity(string Text, string? Namespace);
