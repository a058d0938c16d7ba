using MedPatch.Core.Intelligence.Normalization;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// One advisory read from a file: its normalized content, the CSAF document category (csaf_vex, …) when it is a
/// CSAF document, and the exact bytes that are stored as its revision.
/// </summary>
public sealed record ParsedAdvisory(NormalizedAdvisory Advisory, string? Category, byte[] Content, string Sha256);
