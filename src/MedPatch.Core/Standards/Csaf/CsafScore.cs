namespace MedPatch.Core.Standards.Csaf;

/// <summary>Scores of the vulnerability for a set of products (section 3.2.3.13).</summary>
public sealed record CsafScore(IReadOnlyList<string> Products, CsafCvssV2? CvssV2, CsafCvssV3? CvssV3);
