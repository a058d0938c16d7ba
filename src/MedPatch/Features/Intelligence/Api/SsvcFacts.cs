namespace MedPatch.Features.Intelligence.Api;

/// <summary>CISA's Stakeholder-Specific Vulnerability Categorization decision points for the CVE.</summary>
public sealed record SsvcFacts(string? Exploitation, string? Automatable, string? TechnicalImpact);
