namespace MedPatch.Core.Standards.Csaf;

/// <summary>Identifiers that help to find the product in an asset inventory (section 3.1.3.3).</summary>
public sealed record CsafProductIdentificationHelper(
    string? Cpe,
    string? Purl,
    IReadOnlyList<CsafFileHashes> Hashes,
    IReadOnlyList<string> ModelNumbers,
    IReadOnlyList<string> SerialNumbers,
    IReadOnlyList<string> Skus,
    IReadOnlyList<string> SbomUrls,
    IReadOnlyList<CsafGenericUri> XGenericUris);
