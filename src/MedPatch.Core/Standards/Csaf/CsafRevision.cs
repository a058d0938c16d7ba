namespace MedPatch.Core.Standards.Csaf;

/// <summary>One entry of the revision history (section 3.2.1.12.6).</summary>
public sealed record CsafRevision(DateTimeOffset Date, string Number, string Summary, string? LegacyVersion);
