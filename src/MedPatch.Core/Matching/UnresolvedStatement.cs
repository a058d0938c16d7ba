namespace MedPatch.Core.Matching;

/// <summary>A statement that names no model of the catalog, and why; listed so that nothing is dropped silently.</summary>
public sealed record UnresolvedStatement(string StatementId, string AdvisoryId, string VulnerabilityId, string Reason);
