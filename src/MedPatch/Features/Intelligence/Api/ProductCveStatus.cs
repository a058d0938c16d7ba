namespace MedPatch.Features.Intelligence.Api;

/// <summary>A product's status for one CVE (affected, fixed, not_affected, under_investigation, recommended).</summary>
public sealed record ProductCveStatus(string? Cve, string Status, string? Justification, string? RemediationSummary);
