namespace MedPatch.Features.Intelligence.Api;

/// <summary>A revision history entry of a CSAF document (document/tracking/revision_history).</summary>
public sealed record RevisionHistoryEntry(string Number, DateTime? Date, string? Summary);
