namespace MedPatch.Features.Triage;

/// <summary>Answer of <c>POST /api/v1/triage</c>: the exposures as now stored, in the order asked.</summary>
public sealed record BulkTriageResult(string Action, int Count, IReadOnlyList<TriageItem> Items);
