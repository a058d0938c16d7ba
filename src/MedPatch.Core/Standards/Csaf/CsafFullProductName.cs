namespace MedPatch.Core.Standards.Csaf;

/// <summary>A product and the identifier the rest of the document refers to it by (section 3.1.3).</summary>
public sealed record CsafFullProductName(
    string Name,
    string ProductId,
    CsafProductIdentificationHelper? ProductIdentificationHelper);
