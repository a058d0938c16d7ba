namespace MedPatch.Core.Standards.Csaf;

/// <summary>A party's involvement in handling the vulnerability (section 3.2.3.7).</summary>
public sealed record CsafInvolvement(
    CsafInvolvementParty Party,
    CsafInvolvementStatus Status,
    DateTimeOffset? Date,
    string? Summary);
