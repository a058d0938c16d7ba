namespace MedPatch.Core.Standards.Csaf;

/// <summary>The hashes of one file (section 3.1.3.3.2).</summary>
public sealed record CsafFileHashes(string Filename, IReadOnlyList<CsafFileHash> FileHashes);

/// <summary>One hash value; the algorithm is named as OpenSSL names it, e.g. "sha256".</summary>
public sealed record CsafFileHash(string Algorithm, string Value);
