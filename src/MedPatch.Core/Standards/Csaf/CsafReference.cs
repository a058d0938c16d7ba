namespace MedPatch.Core.Standards.Csaf;

/// <summary>A reference to a related resource (section 3.1.9); the category defaults to external.</summary>
public sealed record CsafReference(string Summary, string Url, CsafReferenceCategory Category);
