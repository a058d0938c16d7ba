namespace MedPatch.Core.Standards.Csaf;

/// <summary>Exploit status, impact or target set of the vulnerability (section 3.2.3.14).</summary>
public sealed record CsafThreat(
    CsafThreatCategory Category,
    string Details,
    DateTimeOffset? Date,
    IReadOnlyList<string> ProductIds,
    IReadOnlyList<string> GroupIds);
