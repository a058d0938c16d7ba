namespace MedPatch.Core.Standards.Csaf;

/// <summary>A machine-readable justification why products are not affected (section 3.2.3.5).</summary>
public sealed record CsafFlag(
    CsafFlagLabel Label,
    DateTimeOffset? Date,
    IReadOnlyList<string> ProductIds,
    IReadOnlyList<string> GroupIds);
